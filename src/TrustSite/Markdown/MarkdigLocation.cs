using Markdig.Syntax;
using TrustSite.Diagnostics;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Turns Markdig's zero-based body positions into 1-based file positions, past the front matter.</summary>
public static class MarkdigLocation
{
    public static SourceLocation At(PublishedDocument document, MarkdownObject node) =>
        new(document.SitePath, document.Document.BodyFirstLine + node.Line, node.Column + 1);
}
