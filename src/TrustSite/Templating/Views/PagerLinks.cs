using System.Collections.Immutable;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>Numbered navigation for a list: all pages when few, else the first, the last and two on each side of the current one.</summary>
public static class PagerLinks
{
    public static PagerView Build(Pager pager, Func<string, string> url)
    {
        var links = ImmutableArray.CreateBuilder<PageLinkView>();
        var previous = 0;
        // Only the numbers that can be shown are visited: a list of a thousand pages would otherwise loop a thousand times per page.
        for (var n = 1; n <= pager.Total; n = Next(n, pager))
        {
            if (previous > 0 && n > previous + 1)
            {
                links.Add(new PageLinkView(0, null, false, IsGap: true));
            }
            links.Add(new PageLinkView(n, url(pager.PageUrls[n - 1]), n == pager.Number, IsGap: false));
            previous = n;
        }
        return new PagerView(pager.Number, pager.Total, pager.PreviousUrl is { } p ? url(p) : null, pager.NextUrl is { } x ? url(x) : null, links.ToImmutable());
    }

    /// <summary>The next number after <paramref name="n"/> that the navigation shows.</summary>
    private static int Next(int n, Pager pager)
    {
        if (pager.Total <= 7)
        {
            return n + 1;
        }
        var next = n + 1;
        if (next < pager.Number - 2)
        {
            // Skip the gap before the window around the current page (or straight to the last page).
            next = Math.Min(pager.Number - 2, pager.Total);
        }
        else if (next > pager.Number + 2 && next < pager.Total)
        {
            next = pager.Total;
        }
        return next;
    }
}
