using System.Collections.Immutable;

namespace TrustSite.Import;

/// <summary>Everything an import did, for the report the command prints.</summary>
public sealed record ImportReport
{
    public required string SiteTitle { get; init; }
    public string? WordPressVersion { get; init; }
    public int Posts { get; init; }
    public int Pages { get; init; }
    public int Drafts { get; init; }
    public int Scheduled { get; init; }
    public int Attachments { get; init; }
    public int ConvertedCleanly { get; init; }
    public int CommentsKept { get; init; }
    public int CommentsLeftOut { get; init; }
    public int FilesWritten { get; init; }
    public int FilesUnchanged { get; init; }
    public int MediaCopied { get; init; }
    public int Aliases { get; init; }
    public ImmutableArray<ImportNote> Notes { get; init; } = [];
    public ImmutableArray<HostRedirect> HostRedirects { get; init; } = [];

    /// <summary>Where the host redirects were written (redirects.txt), or null when they were not (an author's own file is there).</summary>
    public string? HostRedirectsFile { get; init; }
    public MenuOutcome Menus { get; init; }
    public string? MenuYaml { get; init; }

    public IEnumerable<ImportNote> NotesOf(ImportNoteKind kind) => Notes.Where(n => n.Kind == kind);
}
