using System.Collections.Immutable;
using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Media;
using TrustSite.Site;
using TrustSite.Urls;

namespace TrustSite.Markdown.Extensions;

/// <summary>Rewrites links and images in the Markdown tree, where each still knows its line: resolves targets, marks external links, sizes and lazy-loads images.</summary>
public sealed class ContentLinkRewriter(LinkResolver resolver, ImageSizeReader images)
{
    public ImmutableArray<LinkReference> Rewrite(TreeInventory inventory, PublishedDocument document, DiagnosticBag diagnostics)
    {
        var references = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var node in inventory.References)
        {
            switch (node)
            {
                case LinkInline link when link.Url is not null:
                    RewriteLink(link, document, diagnostics, references);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    CheckAutolink(autolink, document, diagnostics);
                    break;
            }
        }
        return references.ToImmutable();
    }

    // <javascript:alert(1)> is a valid CommonMark autolink, so it gets the scheme check of [text](url).
    private static void CheckAutolink(AutolinkInline autolink, PublishedDocument document, DiagnosticBag diagnostics)
    {
        if (!SafeUrl.IsAllowed(autolink.Url))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, MarkdigLocation.At(document, autolink),
                $"the link \"{autolink.Url}\" uses a scheme that is not allowed", SafeUrl.Explanation);
            return;
        }
        autolink.GetAttributes().AddPropertyIfNotExist("rel", LinkAttributes.ExternalRel);
    }

    private void RewriteLink(LinkInline link, PublishedDocument document, DiagnosticBag diagnostics, ImmutableArray<LinkReference>.Builder references)
    {
        var resolution = resolver.Resolve(link.Url!, document);
        var location = MarkdigLocation.At(document, link);
        switch (resolution.Kind)
        {
            case LinkKind.Broken:
                diagnostics.Error(DiagnosticCodes.BrokenLink, location, resolution.Problem!, resolution.Hint);
                break;
            case LinkKind.Internal:
                link.Url = resolution.Href;
                break;
            case LinkKind.External when !link.IsImage:
                link.GetAttributes().AddPropertyIfNotExist("rel", LinkAttributes.ExternalRel);
                break;
        }
        if (resolution.ReferenceAt(location, link.IsImage) is { } reference)
        {
            references.Add(reference);
        }
        if (link.IsImage)
        {
            var attributes = link.GetAttributes();
            if (resolution.Asset is { } asset && images.Read(asset.Source.FullPath) is { } size)
            {
                attributes.AddPropertyIfNotExist("width", size.Width.ToString(CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", size.Height.ToString(CultureInfo.InvariantCulture));
            }
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
    }
}
