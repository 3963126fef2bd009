using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrustSite.Diagnostics;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Finds the images of a parsed body, ![alt](src) and &lt;img&gt; tags alike, each at the line and column it was written.</summary>
/// <remarks>Called before links are rewritten, so each image keeps the address the author wrote.</remarks>
public static class ContentImages
{
    private static readonly HtmlParserOptions KeepPositions = new() { IsKeepingSourceReferences = true };

    public static ImmutableArray<ContentImage> Collect(MarkdownDocument tree, PublishedDocument document) =>
        Collect(TreeInventory.Take(tree), document);

    public static ImmutableArray<ContentImage> Collect(TreeInventory inventory, PublishedDocument document)
    {
        var images = ImmutableArray.CreateBuilder<ContentImage>();
        foreach (var node in inventory.References)
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    var alt = new StringBuilder();
                    PlainText.Append(alt, image);
                    images.Add(new ContentImage(image.Url ?? "", alt.ToString(), MarkdigLocation.At(document, image), IsRawHtml: false));
                    break;
                // Raw HTML exists in the tree only when markdown.unsafe is true; otherwise an <img> is shown as text, not as an image.
                case HtmlInline inline when HasImageTag(inline.Tag):
                    foreach (var (element, _) in ImageTags(inline.Tag))
                    {
                        images.Add(RawImage(element, MarkdigLocation.At(document, inline)));
                    }
                    break;
                case HtmlBlock block when HasImageTag(block.Lines.ToString()):
                    foreach (var (element, position) in ImageTags(block.Lines.ToString()))
                    {
                        images.Add(RawImage(element, InBlock(document, block, position)));
                    }
                    break;
            }
        }
        return images.ToImmutable();
    }

    private static bool HasImageTag(string? html) => html is not null && html.Contains("<img", StringComparison.OrdinalIgnoreCase);

    private static ContentImage RawImage(IElement element, SourceLocation location) =>
        new(element.GetAttribute("src") ?? "", element.GetAttribute("alt"), location, IsRawHtml: true);

    private static IEnumerable<(IElement Element, AngleSharp.Text.TextPosition Position)> ImageTags(string html)
    {
        var parser = new HtmlParser(KeepPositions);
        var context = parser.ParseDocument("").Body!;
        foreach (var node in parser.ParseFragment(html, context).OfType<IElement>())
        {
            foreach (var image in node.LocalName == "img" ? [node] : node.QuerySelectorAll("img").ToArray())
            {
                yield return (image, image.SourceReference?.Position ?? default);
            }
        }
    }

    // AngleSharp counts lines and columns from 1 within the block's text, whose lines Markdig has stripped of any
    // list indent or quote marker: each line's own column gives that prefix back.
    private static SourceLocation InBlock(PublishedDocument document, HtmlBlock block, AngleSharp.Text.TextPosition position)
    {
        var index = Math.Clamp(position.Line - 1, 0, block.Lines.Count - 1);
        var line = block.Lines.Lines[index];
        return new SourceLocation(document.SitePath, document.Document.BodyFirstLine + line.Line, line.Column + Math.Max(1, position.Column));
    }
}
