using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Site;

namespace TrustSite.Pages;

/// <summary>Groups rendered documents by language into home, sections, pages and taxonomies, each sorted once.</summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, SiteIndex index, ImmutableArray<RenderedDocument> rendered, DiagnosticBag diagnostics)
    {
        var urls = new UrlBuilder(config);
        var languages = config.Languages
            .Select(language => BuildLanguage(config, language, rendered.Where(r => r.Published.Document.Language == language.Code).ToArray(), urls, diagnostics))
            .ToImmutableArray();
        var translations = rendered.GroupBy(r => r.Published.Document.TranslationKey, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(r => LanguageOrder(config, r)).ToImmutableArray(), StringComparer.Ordinal);
        return new SiteModel(config, languages, translations, index);
    }

    private static LanguageSite BuildLanguage(SiteConfig config, LanguageConfig language, RenderedDocument[] rendered, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var home = rendered.FirstOrDefault(r => r.Published.Document.Kind == DocumentKind.Home);
        var articles = rendered.Where(r => r.Published.Document.Kind == DocumentKind.Article).OrderBy(r => r, ArticleOrder.Instance).ToImmutableArray();
        var pages = rendered.Where(r => r.Published.Document.Kind == DocumentKind.Page)
            .OrderBy(r => r.Published.Document.FrontMatter.Weight).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Published.SitePath, StringComparer.Ordinal).ToImmutableArray();
        var taxonomies = TaxonomyBuilder.Build(language.UrlPrefix, articles, config.Taxonomies, diagnostics);
        return new LanguageSite(language, urls.HomeUrl(language.Code), home, Sections(language, rendered, articles, urls), articles, pages,
            taxonomies, new RelatedArticles(taxonomies, config.RelatedCount));
    }

    private static ImmutableArray<Section> Sections(LanguageConfig language, RenderedDocument[] rendered, ImmutableArray<RenderedDocument> articles, UrlBuilder urls)
    {
        var indexes = rendered.Where(r => r.Published.Document.Kind == DocumentKind.SectionIndex)
            .ToDictionary(r => r.Published.Document.Section, StringComparer.Ordinal);
        var members = articles.GroupBy(a => a.Published.Document.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        return
        [
            .. members.Keys.Concat(indexes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name =>
            {
                indexes.TryGetValue(name, out var sectionIndex);
                return new Section(name, sectionIndex?.Title ?? FileNameConvention.Humanize(name), sectionIndex?.Url ?? urls.SectionUrl(language.Code, name),
                    sectionIndex, members.GetValueOrDefault(name, []));
            }),
        ];
    }

    private static int LanguageOrder(SiteConfig config, RenderedDocument document) =>
        config.Languages.Select((l, i) => (l.Code, i)).First(p => p.Code == document.Published.Document.Language).i;
}
