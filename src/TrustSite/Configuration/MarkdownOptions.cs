namespace TrustSite.Configuration;

/// <summary>Markdown settings: raw HTML (unsafe) or shown as text, typography, tables of contents and heading anchors.</summary>
/// <param name="Toc">Give every article a table of contents; an article can also ask with `toc: true`.</param>
/// <param name="TocMinHeadings">A table of contents appears only when the article has at least this many headings.</param>
public sealed record MarkdownOptions(bool Unsafe, bool Typographer, bool Toc = false, int TocMinHeadings = 3, bool HeadingAnchors = true)
{
    public static MarkdownOptions Default { get; } = new(Unsafe: false, Typographer: true);
}
