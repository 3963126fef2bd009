namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>A converted block of Markdown and what it is, so lists know when they can stay tight.</summary>
internal sealed record MarkdownBlock(string Text, MarkdownBlockKind Kind, char Marker = ' ');

/// <summary>The kinds of block a list item cares about.</summary>
internal enum MarkdownBlockKind
{
    Paragraph,
    List,
    Other,
}
