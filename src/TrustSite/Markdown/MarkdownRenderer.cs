using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown.Extensions;
using TrustSite.Markdown.Shortcodes;
using TrustSite.Media;
using TrustSite.Scripture;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Renders every published document's body to HTML in parallel, with links resolved and checked at their lines.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, MarkdownOptions options, LinkResolver resolver, HtmlPostProcessor postProcessor,
    ImageSizeReader images, IReadOnlySet<string> shortcodes, ScriptureOptions scripture)
{
    private readonly ContentLinkRewriter _links = new(resolver, images);
    private readonly ScriptureLinker _scripture = new(scripture);
    private readonly ShortcodeScanner _shortcodes = new(shortcodes);

    /// <param name="rendered">Called after each document, for the progress display.</param>
    public ImmutableArray<RenderedDocument> RenderAll(ImmutableArray<PublishedDocument> documents, DiagnosticBag diagnostics, Action? rendered = null)
    {
        var results = new RenderedDocument[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            results[i] = Render(documents[i], diagnostics);
            rendered?.Invoke();
        });
        return ImmutableArray.Create(results);
    }

    public RenderedDocument Render(PublishedDocument document, DiagnosticBag diagnostics)
    {
        if (NestingGuard.Check(document, diagnostics))
        {
            try
            {
                var tokens = 0;
                return RenderChecked(document, diagnostics, () => tokens++);
            }
            catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
            {
                // Markdig's own limit, reached by deeply nested brackets or emphasis that the line check cannot see.
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(document.SitePath, document.Document.BodyFirstLine, 1),
                    "this document nests lists, quotes, links or emphasis too deeply for Markdown (more than about 100 levels)",
                    "flatten the structure; look for long runs of '[', '*' or '>'");
            }
        }
        var summary = document.Document.FrontMatter.Summary ?? "";
        return new RenderedDocument(document, "", summary, Templating.HtmlEscaper.Escape(summary), 0, [], [], [], []);
    }

    private RenderedDocument RenderChecked(PublishedDocument document, DiagnosticBag diagnostics, Func<int> nextToken)
    {
        var (body, found) = _shortcodes.Scan(document, document.Document.Body, document.Document.BodyFirstLine, diagnostics, nextToken);
        var (calls, innerReferences, innerImages) = RenderInner(document, found, diagnostics, nextToken);
        var tree = Markdig.Markdown.Parse(body, pipeline);
        var inventory = TreeInventory.Take(tree);
        var contentImages = ContentImages.Collect(inventory, document);
        var (wordCount, autoSummary) = TextStatistics.Measure(inventory.Leaves);
        var summaryBlocks = MoreDivider.Split(tree, body);
        // Raw HTML can hide links of its own, which only an HTML parser finds; such documents go through AngleSharp whole.
        var hasRawHtml = inventory.HasRawHtml;
        var references = hasRawHtml ? [] : _links.Rewrite(inventory, document, diagnostics);
        _scripture.Link(tree, document.Document.Language, isEnabled: document.Document.FrontMatter.Scripture != false);
        var headings = HeadingAnchors.Collect(inventory, document, options.HeadingAnchors);
        var html = tree.ToHtml(pipeline);
        var anchors = headings.Select(h => h.Id);
        if (hasRawHtml)
        {
            var processed = postProcessor.Process(html, new HtmlRewriteContext(document, resolver, images, diagnostics));
            (html, references, anchors) = (processed.Html, processed.References, processed.Ids);
        }
        var (summary, summaryHtml) = Summarise(document, summaryBlocks, ShortcodeToken.Strip(autoSummary));
        return new RenderedDocument(document, html, ShortcodeToken.Strip(summary), ShortcodeToken.Strip(summaryHtml), wordCount, headings,
            anchors.Concat(FootnoteIds(inventory)).ToImmutableHashSet(StringComparer.Ordinal), references.AddRange(innerReferences), calls)
        {
            Images = contentImages.AddRange(innerImages),
        };
    }

    /// <summary>Renders the Markdown inside paired shortcodes, as part of the same document so its links and lines are checked alike.</summary>
    private (ImmutableArray<ShortcodeCall> Calls, ImmutableArray<LinkReference> References, ImmutableArray<ContentImage> Images) RenderInner(
        PublishedDocument document, ImmutableArray<ShortcodeScanner.Found> found, DiagnosticBag diagnostics, Func<int> nextToken)
    {
        var calls = ImmutableArray.CreateBuilder<ShortcodeCall>(found.Length);
        var references = ImmutableArray.CreateBuilder<LinkReference>();
        var images = ImmutableArray.CreateBuilder<ContentImage>();
        foreach (var call in found)
        {
            string? inner = null;
            if (call.Inner is not null)
            {
                var part = document with { Document = document.Document with { BodyUtf8 = Encoding.UTF8.GetBytes(call.Inner), BodyFirstLine = call.InnerLine } };
                var rendered = RenderChecked(part, diagnostics, nextToken);
                inner = rendered.Html;
                references.AddRange(rendered.Links);
                images.AddRange(rendered.Images);
                calls.AddRange(rendered.Shortcodes);
            }
            calls.Add(new ShortcodeCall(call.Name, call.Params, inner, call.Location, call.Token, call.IsBlock));
        }
        return (calls.ToImmutable(), references.ToImmutable(), images.ToImmutable());
    }

    /// <summary>The summary: the front matter's, else the text before &lt;!--more--&gt;, else the first words of the article.</summary>
    private (string Plain, string Html) Summarise(PublishedDocument document, List<Block>? summaryBlocks, string autoSummary)
    {
        if (document.Document.FrontMatter.Summary is { } given)
        {
            return (given, Templating.HtmlEscaper.Escape(given));
        }
        if (summaryBlocks is null)
        {
            return (autoSummary, Templating.HtmlEscaper.Escape(autoSummary));
        }
        var plain = new StringBuilder();
        foreach (var leaf in summaryBlocks.SelectMany(b => b is LeafBlock l ? [l] : b.Descendants<LeafBlock>()))
        {
            if (leaf.Inline is not null)
            {
                plain.Append(plain.Length > 0 ? " " : "");
                PlainText.Append(plain, leaf.Inline);
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var block in summaryBlocks)
        {
            renderer.Render(block);
        }
        return (plain.ToString(), writer.ToString());
    }

    private static IEnumerable<string> FootnoteIds(TreeInventory inventory) =>
        inventory.Footnotes.SelectMany(f => new[] { $"fn:{f.Order}", $"fnref:{f.Order}" });
}
