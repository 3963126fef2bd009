using AngleSharp.Dom;
using TrustSite.Diagnostics;
using TrustSite.Links;

namespace TrustSite.Html;

/// <summary>Resolves href and src in raw HTML exactly as Markdown links are resolved, and marks external links.</summary>
public sealed class ContentLinks : IHtmlRewriter
{
    private static void SetSize(IElement element, LinkResolution resolution, HtmlRewriteContext context)
    {
        if (element.LocalName == "img" && !element.HasAttribute("width") && !element.HasAttribute("height")
            && resolution.Asset is { } asset && context.Images.Read(asset.Source.FullPath) is { } size)
        {
            element.SetAttribute("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            element.SetAttribute("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void Rewrite(IElement root, HtmlRewriteContext context)
    {
        foreach (var element in root.QuerySelectorAll("a[href], img[src], source[src], video[src], audio[src]"))
        {
            var attribute = element.HasAttribute("href") ? "href" : "src";
            var value = element.GetAttribute(attribute)!;
            var resolution = context.Resolver.Resolve(value, context.Document);
            if (resolution.ReferenceAt(context.Locate(value), isImage: element.LocalName == "img") is { } reference)
            {
                context.References.Add(reference);
            }
            switch (resolution.Kind)
            {
                case LinkKind.Broken:
                    context.Diagnostics.Error(DiagnosticCodes.BrokenLink, context.Locate(value), resolution.Problem!, resolution.Hint);
                    break;
                case LinkKind.Internal:
                    element.SetAttribute(attribute, resolution.Href);
                    SetSize(element, resolution, context);
                    break;
                case LinkKind.External when element.LocalName == "a" && !element.HasAttribute("rel"):
                    element.SetAttribute("rel", LinkAttributes.ExternalRel);
                    break;
            }
        }
    }
}
