using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown.Extensions;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Renders every published document's body to HTML in parallel, with links resolved and checked at their lines.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver resolver, HtmlPostProcessor postProcessor)
{
    private readonly ContentLinkRewriter _links = new(resolver);

    public ImmutableArray<RenderedDocument> RenderAll(ImmutableArray<PublishedDocument> documents, DiagnosticBag diagnostics)
    {
        var results = new RenderedDocument[documents.Length];
        Parallel.For(0, documents.Length, i => results[i] = Render(documents[i], diagnostics));
        return ImmutableArray.Create(results);
    }

    public RenderedDocument Render(PublishedDocument document, DiagnosticBag diagnostics)
    {
        var tree = Markdig.Markdown.Parse(document.Document.Body, pipeline);
        var (wordCount, autoSummary) = TextStatistics.Measure(tree);
        // Raw HTML can hide links of its own, which only an HTML parser finds; such documents go through AngleSharp whole.
        var hasRawHtml = tree.Descendants().Any(node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline);
        var references = hasRawHtml ? [] : _links.Rewrite(tree, document, diagnostics);
        var html = tree.ToHtml(pipeline);
        if (hasRawHtml)
        {
            (html, references) = postProcessor.Process(html, new HtmlRewriteContext(document, resolver, diagnostics));
        }
        var summary = document.Document.FrontMatter.Summary ?? autoSummary;
        return new RenderedDocument(document, html, summary, wordCount, references);
    }
}
