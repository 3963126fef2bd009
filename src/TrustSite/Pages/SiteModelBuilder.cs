using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Markdown;
using TrustSite.Site;
using TrustSite.Urls;

namespace TrustSite.Pages;

/// <summary>Groups rendered documents into the home, sections and pages, each sorted once.</summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, SiteIndex index, ImmutableArray<RenderedDocument> rendered)
    {
        var home = rendered.FirstOrDefault(r => r.Published.Document.Kind == DocumentKind.Home);
        var articles = rendered.Where(r => r.Published.Document.Kind == DocumentKind.Article).OrderBy(r => r, ArticleOrder.Instance).ToImmutableArray();
        var pages = rendered.Where(r => r.Published.Document.Kind == DocumentKind.Page)
            .OrderBy(r => r.Published.Document.FrontMatter.Weight).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Published.SitePath, StringComparer.Ordinal).ToImmutableArray();
        var indexes = rendered.Where(r => r.Published.Document.Kind == DocumentKind.SectionIndex)
            .ToDictionary(r => r.Published.Document.Section, StringComparer.Ordinal);
        var sections = articles.GroupBy(a => a.Published.Document.Section, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Concat(indexes.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                indexes.TryGetValue(name, out var sectionIndex);
                var members = articles.Where(a => a.Published.Document.Section == name).ToImmutableArray();
                return new Section(name, sectionIndex?.Title ?? FileNameConvention.Humanize(name),
                    sectionIndex?.Url ?? SitePath.Normalize(UrlBuilder.SectionUrl(name)), sectionIndex, members);
            })
            .ToImmutableArray();
        return new SiteModel(config, home, sections, articles, pages, index);
    }
}
