using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown.Extensions;
using TrustSite.Media;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Renders every published document's body to HTML in parallel, with links resolved and checked at their lines.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver resolver, HtmlPostProcessor postProcessor, ImageSizeReader images)
{
    private readonly ContentLinkRewriter _links = new(resolver, images);

    public ImmutableArray<RenderedDocument> RenderAll(ImmutableArray<PublishedDocument> documents, DiagnosticBag diagnostics)
    {
        var results = new RenderedDocument[documents.Length];
        Parallel.For(0, documents.Length, i => results[i] = Render(documents[i], diagnostics));
        return ImmutableArray.Create(results);
    }

    public RenderedDocument Render(PublishedDocument document, DiagnosticBag diagnostics)
    {
        if (NestingGuard.Check(document, diagnostics))
        {
            try
            {
                return RenderChecked(document, diagnostics);
            }
            catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
            {
                // Markdig's own limit, reached by deeply nested brackets or emphasis that the line check cannot see.
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(document.SitePath, document.Document.BodyFirstLine, 1),
                    "this document nests lists, quotes, links or emphasis too deeply for Markdown (more than about 100 levels)",
                    "flatten the structure; look for long runs of '[', '*' or '>'");
            }
        }
        return new RenderedDocument(document, "", document.Document.FrontMatter.Summary ?? "", 0, []);
    }

    private RenderedDocument RenderChecked(PublishedDocument document, DiagnosticBag diagnostics)
    {
        var tree = Markdig.Markdown.Parse(document.Document.Body, pipeline);
        var (wordCount, autoSummary) = TextStatistics.Measure(tree);
        // Raw HTML can hide links of its own, which only an HTML parser finds; such documents go through AngleSharp whole.
        var hasRawHtml = tree.Descendants().Any(node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline);
        var references = hasRawHtml ? [] : _links.Rewrite(tree, document, diagnostics);
        var html = tree.ToHtml(pipeline);
        if (hasRawHtml)
        {
            (html, references) = postProcessor.Process(html, new HtmlRewriteContext(document, resolver, images, diagnostics));
        }
        var summary = document.Document.FrontMatter.Summary ?? autoSummary;
        return new RenderedDocument(document, html, summary, wordCount, references);
    }
}
