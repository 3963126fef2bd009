using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>What templates see as `site`: the site's settings and collections, built once per build.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string Language,
    string BaseUrl,
    string BasePath,
    AuthorView Author,
    ContactView Contact,
    NewsletterView Newsletter,
    ImmutableDictionary<string, ImmutableArray<MenuItemView>> Menus,
    ImmutableArray<SectionView> Sections,
    ImmutableArray<ArticleCardView> Articles,
    ImmutableArray<ArticleCardView> Pages,
    int? CopyrightYear,
    string Generator,
    RawHtml OrganizationJsonLd,
    ImmutableDictionary<string, object?> Params);
