using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>The part of the site in one language: its home, sections, pages and taxonomies, each sorted once.</summary>
/// <param name="Articles">Every article of every section, newest first.</param>
/// <param name="Pages">Pages at the content root, by weight then title.</param>
/// <param name="Related">For each article, the articles that share most of its tags and categories.</param>
public sealed record LanguageSite(
    LanguageConfig Language,
    string HomeUrl,
    RenderedDocument? Home,
    ImmutableArray<Section> Sections,
    ImmutableArray<RenderedDocument> Articles,
    ImmutableArray<RenderedDocument> Pages,
    ImmutableArray<Taxonomy> Taxonomies,
    RelatedArticles Related)
{
    public string Code => Language.Code;
}
