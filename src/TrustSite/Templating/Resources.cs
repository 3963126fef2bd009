using TrustSite.Links;
using TrustSite.Media;
using TrustSite.Site;

namespace TrustSite.Templating;

/// <summary>Resolves a path a shortcode names, such as a figure's src, as a link in the document would be, with an image's size.</summary>
public static class Resources
{
    public static ResourceView? Resolve(LinkResolver links, ImageSizeReader images, PublishedDocument document, string path)
    {
        var resolution = links.Resolve(path, document);
        return resolution.Kind switch
        {
            LinkKind.Internal => resolution.Asset is { } asset && images.Read(asset.Source.FullPath) is { } size
                ? new ResourceView(resolution.Href, size.Width, size.Height)
                : new ResourceView(resolution.Href, null, null),
            LinkKind.External => new ResourceView(resolution.Href, null, null),
            _ => null,
        };
    }
}
