using System.Collections.Immutable;

namespace TrustSite.Pages;

/// <summary>Lists every page the site will have, from the site model; the order is fixed, so output never depends on scheduling.</summary>
public static class PagePlanner
{
    public const string NotFoundUrl = "/404.html";

    public static ImmutableArray<PagePlan> Plan(SiteModel site)
    {
        var plans = ImmutableArray.CreateBuilder<PagePlan>();
        plans.Add(new PagePlan(PageKind.Home, "/", site.Home?.Title ?? site.Config.Title, site.Home, null,
            [.. site.Articles.Take(site.Config.PageSize)], null, null, site.Home?.Published.SitePath ?? "the home page"));
        foreach (var section in site.Sections)
        {
            plans.Add(new PagePlan(PageKind.Section, section.Url, section.Title, section.Index, section, section.Articles, null, null,
                section.Index?.Published.SitePath ?? $"the list of {section.Name}"));
            for (var i = 0; i < section.Articles.Length; i++)
            {
                var article = section.Articles[i];
                var older = i + 1 < section.Articles.Length ? section.Articles[i + 1] : null;
                var newer = i > 0 ? section.Articles[i - 1] : null;
                plans.Add(new PagePlan(PageKind.Article, article.Url, article.Title, article, section, [], older, newer, article.Published.SitePath));
            }
        }
        foreach (var page in site.Pages)
        {
            plans.Add(new PagePlan(PageKind.Page, page.Url, page.Title, page, null, [], null, null, page.Published.SitePath));
        }
        if (!site.Pages.Any(p => p.Url == NotFoundUrl))
        {
            plans.Add(new PagePlan(PageKind.NotFound, NotFoundUrl, "Page not found", null, null, [], null, null, "the 404 page"));
        }
        return plans.ToImmutable();
    }
}
