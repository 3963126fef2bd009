using System.Collections.Immutable;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using TrustSite.Links;

namespace TrustSite.Html;

/// <summary>Runs the rewriters over a rendered fragment with AngleSharp; used where an author wrote raw HTML, which only a real parser reads right.</summary>
/// <remarks>Markdown links are rewritten in Markdig's tree instead (ContentLinkRewriter): parsing every page again costs about twice the Markdown itself.</remarks>
public sealed class HtmlPostProcessor(ImmutableArray<IHtmlRewriter> rewriters)
{
    public static HtmlPostProcessor Default { get; } = new([new ContentLinks(), new LazyImages()]);

    public (string Html, ImmutableArray<LinkReference> References, ImmutableArray<string> Ids) Process(string fragment, HtmlRewriteContext context)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        foreach (var node in parser.ParseFragment(fragment, body).ToArray())
        {
            body.AppendChild(node);
        }
        foreach (var rewriter in rewriters)
        {
            rewriter.Rewrite(body, context);
        }
        using var writer = new StringWriter();
        foreach (var child in body.ChildNodes)
        {
            child.ToHtml(writer, HtmlMarkupFormatter.Instance);
        }
        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToImmutableArray();
        return (writer.ToString(), context.References.ToImmutable(), ids);
    }
}
