using System.Collections.Immutable;
using TrustSite.Import.HtmlToMarkdown;

namespace TrustSite.Import;

/// <summary>A document ready to write: its path under content/, its Markdown with front matter, and the media beside it.</summary>
public sealed record ComposedDocument(
    PlannedDocument Plan,
    string ContentPath,
    string Text,
    IReadOnlyList<BundleFile> Media,
    ImmutableArray<ConversionIssue> Issues,
    IReadOnlyList<string> MediaNotCopied)
{
    public string SitePath => "content/" + ContentPath;
}
