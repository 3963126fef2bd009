using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Urls;

namespace TrustSite.Pages;

/// <summary>Lists every page the site will have, language by language; the order is fixed, so output never depends on scheduling.</summary>
public static class PagePlanner
{
    public const string NotFoundUrl = "/404.html";

    public static ImmutableArray<PagePlan> Plan(SiteModel site)
    {
        var plans = ImmutableArray.CreateBuilder<PagePlan>();
        foreach (var language in site.Languages)
        {
            PlanLanguage(site, language, plans);
        }
        if (!site.Languages.Any(l => l.Pages.Any(p => p.Url == NotFoundUrl)))
        {
            plans.Add(new PagePlan(PageKind.NotFound, site.Default.Code, NotFoundUrl, "Page not found", null, "404", "the 404 page") { NoIndex = true });
        }
        plans.AddRange(Aliases(site));
        return plans.ToImmutable();
    }

    private static void PlanLanguage(SiteModel site, LanguageSite language, ImmutableArray<PagePlan>.Builder plans)
    {
        var code = language.Code;
        var size = site.Config.PageSize;
        var homeTitle = language.Home?.Title ?? language.Language.Title ?? site.Config.Title;
        foreach (var (pager, items) in Paginator.Paginate(language.HomeUrl, language.Articles, size))
        {
            plans.Add(new PagePlan(PageKind.Home, code, pager.PageUrls[pager.Number - 1], homeTitle, pager.Number == 1 ? language.Home : null, "home",
                language.Home?.Published.SitePath ?? "the home page") { Items = items, Pager = pager });
        }
        foreach (var section in language.Sections)
        {
            foreach (var (pager, items) in Paginator.Paginate(section.Url, section.Articles, size))
            {
                plans.Add(new PagePlan(PageKind.Section, code, pager.PageUrls[pager.Number - 1], section.Title, pager.Number == 1 ? section.Index : null,
                    "section:" + section.Name, section.Index?.Published.SitePath ?? $"the list of {section.Name}") { Items = items, Pager = pager, Section = section });
            }
            for (var i = 0; i < section.Articles.Length; i++)
            {
                var article = section.Articles[i];
                plans.Add(Document(PageKind.Article, article) with
                {
                    Section = section,
                    Older = i + 1 < section.Articles.Length ? section.Articles[i + 1] : null,
                    Newer = i > 0 ? section.Articles[i - 1] : null,
                });
            }
        }
        foreach (var page in language.Pages)
        {
            plans.Add(Document(PageKind.Page, page));
        }
        foreach (var taxonomy in language.Taxonomies.Where(t => t.Terms.Length > 0))
        {
            plans.Add(new PagePlan(PageKind.Taxonomy, code, taxonomy.Url, taxonomy.Name, null, "taxonomy:" + taxonomy.Name, $"the index of {taxonomy.Name}")
            {
                Taxonomy = taxonomy,
            });
            foreach (var term in taxonomy.Terms)
            {
                foreach (var (pager, items) in Paginator.Paginate(term.Url, term.Articles, size))
                {
                    plans.Add(new PagePlan(PageKind.Term, code, pager.PageUrls[pager.Number - 1], term.Name, null, $"term:{taxonomy.Name}:{term.Key}",
                        $"the {taxonomy.Name} page of \"{term.Name}\"") { Items = items, Pager = pager, Taxonomy = taxonomy, Term = term });
                }
            }
        }
        if (language.Articles.Length > 0)
        {
            plans.Add(new PagePlan(PageKind.Archive, code, SitePath.Normalize(language.Language.UrlPrefix + "/archive/"), "Archive", null, "archive",
                "the archive") { Items = language.Articles });
        }
        if (site.Config.Practice.HasNoSurprisesAct)
        {
            plans.Add(new PagePlan(PageKind.GoodFaithEstimate, code, GoodFaithEstimate.UrlIn(language.Language), GoodFaithEstimate.TitleIn(code), null,
                GoodFaithEstimate.Key, "the good faith estimate notice (practice.noSurprisesAct in site.yml)") { Location = site.Config.LocationOf("practice") });
        }
    }

    private static PagePlan Document(PageKind kind, RenderedDocument document) =>
        new(kind, document.Published.Document.Language, document.Url, document.Title, document, "doc:" + document.Published.Document.TranslationKey,
            document.Published.SitePath)
        {
            NoIndex = document.Published.Document.FrontMatter.NoIndex,
            Location = document.Published.Document.FrontMatter.LocationOf("url",
                document.Published.Document.FrontMatter.LocationOf("slug", new SourceLocation(document.Published.SitePath, 1, 1))),
        };

    /// <summary>A redirect page at each old address an article lists in `aliases`, so that shared links keep working.</summary>
    private static IEnumerable<PagePlan> Aliases(SiteModel site)
    {
        foreach (var document in site.Languages.SelectMany(l => l.Articles.Concat(l.Pages)))
        {
            foreach (var alias in document.Published.Document.FrontMatter.Aliases)
            {
                yield return new PagePlan(PageKind.Alias, document.Published.Document.Language, SitePath.Normalize(alias), document.Title, null,
                    "alias:" + alias, $"the alias {alias} of {document.Published.SitePath}")
                {
                    AliasTarget = document.Url,
                    NoIndex = true,
                    Location = document.Published.Document.FrontMatter.LocationOf("aliases", new SourceLocation(document.Published.SitePath, 1, 1)),
                };
            }
        }
    }
}
