using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>The order duplicates are judged in: the older of two documents keeps its title or slug, and the newer is reported.</summary>
internal static class DocumentOrder
{
    public static IEnumerable<RenderedDocument> OldestFirst(ImmutableArray<RenderedDocument> documents) =>
        documents.OrderBy(d => d.Date ?? DateTimeOffset.MinValue).ThenBy(d => d.Published.SitePath, StringComparer.Ordinal);
}
