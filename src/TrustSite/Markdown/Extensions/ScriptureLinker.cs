using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrustSite.Html;
using TrustSite.Scripture;

namespace TrustSite.Markdown.Extensions;

/// <summary>Turns Bible references in a Markdown tree's text into links to a Bible site, keeping the author's words as the link text.</summary>
/// <remarks>
/// It reads paragraphs wherever they are (lists, quotes, tables, footnotes) and never headings, code, existing links or
/// autolinks. A block with raw HTML is left alone entirely: its text may sit inside an &lt;a&gt; or &lt;code&gt; element
/// that only an HTML parser would see. Stateless, so one instance serves every worker.
/// </remarks>
public sealed class ScriptureLinker(ScriptureOptions options)
{
    public const string CssClass = "scripture";

    private readonly ScriptureLinkBuilder _links = new(options);

    /// <summary>Links every reference of the document unless linking is off for it; returns how many links were made.</summary>
    public int Link(MarkdownDocument document, string language, bool isEnabled)
    {
        if (!isEnabled || !_links.Handles(language))
        {
            return 0;
        }
        var count = 0;
        foreach (var block in document.Descendants<LeafBlock>().ToList())
        {
            if (block is not HeadingBlock && block.Inline is { } inlines && !inlines.FindDescendants<HtmlInline>().Any())
            {
                count += LinkInlines(inlines, language);
            }
        }
        return count;
    }

    private int LinkInlines(ContainerInline inlines, string language)
    {
        var text = InlineText.Of(inlines);
        var matches = ScriptureFinder.Find(text.Text, language);
        var count = 0;
        for (var m = matches.Length - 1; m >= 0; m--)
        {
            var match = matches[m];
            if (_links.Build(match.Reference, language) is { } url && text.TryIsolate(match.Start, match.End, out var first, out var last))
            {
                Wrap(first, last, url);
                count++;
            }
        }
        return count;
    }

    private static void Wrap(Inline first, Inline last, string url)
    {
        var link = new LinkInline { Url = url, IsClosed = true, Line = first.Line, Column = first.Column, Span = new SourceSpan(first.Span.Start, last.Span.End) };
        var attributes = link.GetAttributes();
        attributes.AddClass(CssClass);
        attributes.AddProperty("rel", LinkAttributes.ExternalRel);
        first.InsertBefore(link);
        for (var node = first; ; )
        {
            var next = node.NextSibling;
            node.Remove();
            link.AppendChild(node);
            if (node == last)
            {
                break;
            }
            node = next!;
        }
    }
}
