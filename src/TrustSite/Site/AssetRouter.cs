using System.Collections.Immutable;
using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>Places content files that are not Markdown: beside their page for bundles, else at the same path under the site.</summary>
public static class AssetRouter
{
    public static ImmutableArray<PublishedAsset> Route(ImmutableArray<SourceFile> assets, ImmutableArray<PublishedDocument> published,
        ImmutableArray<ExcludedDocument> excluded)
    {
        var bundles = published.Where(p => p.Document.BundleDirectory is not null)
            .ToDictionary(p => p.Document.BundleDirectory!, p => p.Url, StringComparer.Ordinal);
        // A draft's images stay as unpublished as the draft itself.
        var hiddenBundles = excluded.Select(e => e.Document.BundleDirectory).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var routed = ImmutableArray.CreateBuilder<PublishedAsset>(assets.Length);
        foreach (var asset in assets)
        {
            var (bundle, isHidden) = OwningBundle(asset.ContentPath, bundles, hiddenBundles);
            if (isHidden)
            {
                continue;
            }
            var url = bundle is null
                ? "/" + asset.ContentPath
                : bundles[bundle] + asset.ContentPath[bundle.Length..];
            routed.Add(new PublishedAsset(asset, url));
        }
        return routed.ToImmutable();
    }

    private static (string? Bundle, bool IsHidden) OwningBundle(string contentPath, Dictionary<string, string> bundles, HashSet<string> hidden)
    {
        // The innermost folder that is a bundle owns the file.
        for (var slash = contentPath.LastIndexOf('/'); slash > 0; slash = contentPath.LastIndexOf('/', slash - 1))
        {
            var folder = contentPath[..(slash + 1)];
            if (bundles.ContainsKey(folder))
            {
                return (folder, false);
            }
            if (hidden.Contains(folder))
            {
                return (null, true);
            }
        }
        return (null, false);
    }
}
