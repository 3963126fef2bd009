using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Links;
using TrustSite.Media;
using TrustSite.Site;

namespace TrustSite.Html;

/// <summary>What a rewriter needs about the page being processed; per call, so rewriters stay stateless.</summary>
public sealed class HtmlRewriteContext(PublishedDocument document, LinkResolver resolver, ImageSizeReader images, DiagnosticBag diagnostics)
{
    public PublishedDocument Document { get; } = document;

    public LinkResolver Resolver { get; } = resolver;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public ImageSizeReader Images { get; } = images;

    public ImmutableArray<LinkReference>.Builder References { get; } = ImmutableArray.CreateBuilder<LinkReference>();

    // Decoded from the document's UTF-8 at the first call, not at every link.
    private string? _body;

    /// <summary>Finds where a value was written in the Markdown body, since the HTML parser only knows positions in the rendered fragment.</summary>
    public SourceLocation Locate(string value)
    {
        var body = _body ??= Document.Document.Body;
        var index = body.IndexOf(value, StringComparison.Ordinal);
        if (index < 0)
        {
            return new SourceLocation(Document.SitePath, Document.Document.BodyFirstLine, 1);
        }
        var lineStart = body.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = Document.Document.BodyFirstLine + body.AsSpan(0, index).Count('\n');
        return new SourceLocation(Document.SitePath, line, index - lineStart + 1);
    }
}
