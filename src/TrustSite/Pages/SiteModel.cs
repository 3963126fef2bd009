using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;
using TrustSite.Site;

namespace TrustSite.Pages;

/// <summary>The whole site after rendering, one <see cref="LanguageSite"/> per language: everything lists, navigation and feeds need.</summary>
/// <param name="Translations">Every document by translation key, so a page can link to its versions in other languages.</param>
public sealed record SiteModel(
    SiteConfig Config,
    ImmutableArray<LanguageSite> Languages,
    ImmutableDictionary<string, ImmutableArray<RenderedDocument>> Translations,
    SiteIndex Index)
{
    public LanguageSite Default => Languages[0];

    /// <summary>Every published article of every language.</summary>
    public IEnumerable<RenderedDocument> AllArticles => Languages.SelectMany(l => l.Articles);
}
