using AngleSharp.Dom;

namespace TrustSite.Html;

/// <summary>Lets the browser load content images as they scroll into view, without blocking the page.</summary>
public sealed class LazyImages : IHtmlRewriter
{
    public void Rewrite(IElement root, HtmlRewriteContext context)
    {
        foreach (var image in root.QuerySelectorAll("img"))
        {
            if (!image.HasAttribute("loading"))
            {
                image.SetAttribute("loading", "lazy");
            }
            if (!image.HasAttribute("decoding"))
            {
                image.SetAttribute("decoding", "async");
            }
        }
    }
}
