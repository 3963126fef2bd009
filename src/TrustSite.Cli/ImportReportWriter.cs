using TrustSite.Import;

namespace TrustSite.Cli;

/// <summary>Prints an import's report: counts, then each kind of note under its own heading, host rules and menus.</summary>
public static class ImportReportWriter
{
    private static readonly (ImportNoteKind Kind, string Heading)[] Sections =
    [
        (ImportNoteKind.Skipped, "Not imported:"),
        (ImportNoteKind.NotPublic, "Imported as drafts, not published:"),
        (ImportNoteKind.Renamed, "Renamed:"),
        (ImportNoteKind.RawHtml, "Kept as raw HTML (shown as text unless markdown.unsafe is true; rewrite it in Markdown):"),
        (ImportNoteKind.UnknownShortcode, "Shortcodes TrustSite does not know, kept as text:"),
        (ImportNoteKind.Changed, "Replaced or left out:"),
        (ImportNoteKind.MediaNotCopied, "Media still linked at the old site:"),
        (ImportNoteKind.FileNotOverwritten, "Files not overwritten:"),
        (ImportNoteKind.Stale, "Written by an earlier import, not by this one (never deleted):"),
        (ImportNoteKind.Info, "Notes:"),
    ];

    public static void Write(ImportReport report, string export, TextWriter stdout)
    {
        var version = report.WordPressVersion is { } v ? $" (WordPress {v})" : "";
        stdout.WriteLine($"Imported \"{report.SiteTitle}\"{version} from {export}:");
        stdout.WriteLine($"  {Count(report.Posts, "post")} ({Count(report.Drafts, "draft")}, {report.Scheduled} scheduled), {Count(report.Pages, "page")}, "
            + $"{Count(report.Attachments, "attachment")}, {Count(report.CommentsKept, "comment")} kept ({report.CommentsLeftOut} not)");
        stdout.WriteLine($"  {report.ConvertedCleanly} of {report.Posts + report.Pages} converted cleanly; {Count(report.FilesWritten, "file")} written, "
            + $"{report.FilesUnchanged} unchanged, {Count(report.MediaCopied, "media file")} copied; {Count(report.Aliases, "old address", "old addresses")} kept as aliases");
        foreach (var (kind, heading) in Sections)
        {
            var notes = report.NotesOf(kind).ToList();
            if (notes.Count == 0)
            {
                continue;
            }
            stdout.WriteLine();
            stdout.WriteLine(heading);
            foreach (var note in notes)
            {
                stdout.WriteLine($"  {note.Subject}: {note.Detail}");
            }
        }
        WriteHostRules(report, stdout);
        WriteMenus(report, stdout);
    }

    private static void WriteHostRules(ImportReport report, TextWriter stdout)
    {
        if (report.HostRedirects.IsEmpty)
        {
            return;
        }
        stdout.WriteLine();
        var addresses = Count(report.HostRedirects.Length, "old address", "old addresses");
        stdout.WriteLine(report.HostRedirectsFile is { } file
            ? $"{addresses} with a query (?p=ID), which no static file can answer: rules in {file}, which the build adds to _redirects (Netlify's format; another host needs rules of its own)."
            : $"{addresses} with a query (?p=ID) were not written, as {HostRedirectsFile.SitePath} is not the importer's (see Files not overwritten); the rules start with: {HostRedirectsFile.Rule(report.HostRedirects[0])}");
    }

    private static void WriteMenus(ImportReport report, TextWriter stdout)
    {
        var line = report.Menus switch
        {
            MenuOutcome.Appended => "Menus: appended to site.yml.",
            MenuOutcome.AlreadyPresent => "Menus: site.yml already has these menus.",
            MenuOutcome.Suggested => "Menus: site.yml was left as it is; merge these by hand:",
            _ => null,
        };
        if (line is null)
        {
            return;
        }
        stdout.WriteLine();
        stdout.WriteLine(line);
        if (report.MenuYaml is { } yaml)
        {
            foreach (var yamlLine in yaml.TrimEnd('\n').Split('\n'))
            {
                stdout.WriteLine("  " + yamlLine);
            }
        }
    }

    private static string Count(int count, string noun, string? plural = null) => count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
