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
        for (var n = 1; n <= pager.Total; n++)
        {
            if (pager.Total > 7 && n != 1 && n != pager.Total && Math.Abs(n - pager.Number) > 2)
            {
                continue;
            }
            if (previous > 0 && n > previous + 1)
            {
                links.Add(new PageLinkView(0, null, false, IsGap: true));
            }
            links.Add(new PageLinkView(n, url(pager.PageUrls[n - 1]), n == pager.Number, IsGap: false));
            previous = n;
        }
        return new PagerView(pager.Number, pager.Total, pager.PreviousUrl is { } p ? url(p) : null, pager.NextUrl is { } x ? url(x) : null, links.ToImmutable());
    }
}
