using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>Builds `site` for one language: its title, menus, sections, articles and taxonomies, with the shared parts.</summary>
internal static class SiteViewBuilder
{
    public static SiteView Build(SiteConfig config, LanguageSite site, LanguageViews views, SharedSiteViews shared, bool isMultilingual,
        IReadOnlyDictionary<string, string?> defaultLinks)
    {
        var language = site.Language;
        return new SiteView
        {
            Title = language.Title ?? config.Title,
            Description = language.Description ?? config.Description,
            Language = language.Code,
            LanguageName = language.Name,
            DefaultLanguage = config.Language,
            BaseUrl = config.BaseUrl.AbsoluteUri,
            BasePath = config.BasePath,
            HomeUrl = views.Url(site.HomeUrl),
            Author = shared.Author,
            Contact = shared.Contact,
            Newsletter = shared.Newsletter,
            Crisis = shared.Crisis,
            QuickExit = shared.QuickExit,
            Practice = shared.Practice,
            Menus = Menus(language.Menus ?? config.Menus, views),
            Sections = [.. site.Sections.Select(s => new SectionView(s.Name, s.Title, views.Url(s.Url), s.Articles.Length))],
            Articles = [.. site.Articles.Select(views.Card)],
            Pages = [.. site.Pages.Select(views.Card)],
            Taxonomies = site.Taxonomies.ToImmutableDictionary(t => t.Name, t => Taxonomy(t, views), StringComparer.Ordinal),
            Links = Links(site, views, defaultLinks, config.Practice.HasNoSurprisesAct),
            CopyrightYear = shared.CopyrightYear,
            Generator = shared.Generator,
            OrganizationJsonLd = shared.OrganizationJsonLd,
            Data = shared.Data,
            Params = config.Params,
            IsMultilingual = isMultilingual,
            Environment = config.Environment,
            TwitterHandle = config.Publishing.TwitterHandle,
            PrivacySummary = shared.PrivacySummary(language.Code),
            Feeds = site.Articles.Length == 0
                ? []
                :
                [
                    new FeedLinkView("application/rss+xml", $"{language.Title ?? config.Title} (RSS)", views.Url(site.HomeUrl + "feed.xml")),
                    new FeedLinkView("application/atom+xml", $"{language.Title ?? config.Title} (Atom)", views.Url(site.HomeUrl + "atom.xml")),
                    new FeedLinkView("application/feed+json", $"{language.Title ?? config.Title} (JSON Feed)", views.Url(site.HomeUrl + "feed.json")),
                ],
        };
    }

    /// <summary>The language's own pages and sections by key, over the default language's for those it has not translated.</summary>
    public static ImmutableDictionary<string, string?> Links(LanguageSite site, LanguageViews views, IReadOnlyDictionary<string, string?> fallback,
        bool hasGoodFaithEstimate)
    {
        var links = new Dictionary<string, string?>(fallback, StringComparer.Ordinal);
        // The pages every theme may link to are always there, null when the site has none, so `if site.links.privacy` works.
        foreach (var key in WellKnownPages)
        {
            links.TryAdd(key, null);
        }
        foreach (var page in site.Pages)
        {
            links[page.Published.Document.TranslationKey] = views.Url(page.Url);
        }
        foreach (var section in site.Sections)
        {
            links[section.Name] = views.Url(section.Url);
        }
        links["home"] = views.Url(site.HomeUrl);
        if (hasGoodFaithEstimate)
        {
            links[GoodFaithEstimate.Key] = views.Url(GoodFaithEstimate.UrlIn(site.Language));
        }
        links["archive"] = site.Articles.Length > 0 ? views.Url(Urls.SitePath.Normalize(site.Language.UrlPrefix + "/archive/")) : null;
        return links.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private static readonly string[] WellKnownPages = ["about", "contact", "newsletter", "privacy", "articles", "browse-safely", GoodFaithEstimate.Key];

    // site.yml names a taxonomy with a lower-case word and nothing else: "topics" is titled "Topics" where the theme has no text for it.
    public static TaxonomyView Taxonomy(Taxonomy taxonomy, LanguageViews views) =>
        new(taxonomy.Name, char.ToUpperInvariant(taxonomy.Name[0]) + taxonomy.Name[1..], views.Url(taxonomy.Url),
            [.. taxonomy.Terms.Select(views.Term).OfType<TermLinkView>()]);

    private static ImmutableDictionary<string, IReadOnlyList<MenuItemView>> Menus(ImmutableDictionary<string, ImmutableArray<MenuItem>> menus, LanguageViews views)
    {
        var result = menus.ToImmutableDictionary(
            m => m.Key,
            IReadOnlyList<MenuItemView> (m) => m.Value.Select(i => new MenuItemView(i.Name, i.IsExternal ? i.Url : views.Url(i.Url), i.Url, i.IsExternal)).ToImmutableArray(),
            StringComparer.Ordinal);
        // Themes may always ask for the main and footer menus, configured or not.
        foreach (var name in new[] { "main", "footer" })
        {
            result = result.ContainsKey(name) ? result : result.Add(name, ImmutableArray<MenuItemView>.Empty);
        }
        return result;
    }
}
