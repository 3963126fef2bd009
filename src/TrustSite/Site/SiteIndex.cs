using System.Collections.Immutable;

namespace TrustSite.Site;

/// <summary>The barrier before rendering: which documents are published, at which URL, and how to find them by file.</summary>
public sealed record SiteIndex(
    ImmutableArray<PublishedDocument> Documents,
    ImmutableArray<ExcludedDocument> Excluded,
    ImmutableDictionary<string, PublishedDocument> ByContentPath,
    ImmutableDictionary<string, ExcludedDocument> ExcludedByContentPath,
    ImmutableArray<PublishedAsset> Assets,
    ImmutableDictionary<string, PublishedAsset> AssetsByContentPath)
{
    public int CountExcluded(ExclusionReason reason) => Excluded.Count(e => e.Reason == reason);
}
