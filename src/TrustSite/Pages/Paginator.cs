using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>Cuts a list into pages: page 1 at the list's own address, the others at page/2/, page/3/ and on.</summary>
public static class Paginator
{
    public static IEnumerable<(Pager Pager, ImmutableArray<RenderedDocument> Items)> Paginate(string url, ImmutableArray<RenderedDocument> items, int size)
    {
        var total = Math.Max(1, (items.Length + size - 1) / size);
        var urls = Enumerable.Range(1, total).Select(n => n == 1 ? url : $"{url}page/{n}/").ToImmutableArray();
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * size;
            yield return (new Pager(n, urls), items.Length == 0 ? [] : items.Slice(start, Math.Min(size, items.Length - start)));
        }
    }
}
