using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>What templates see as `site`: the site in the current page's language, built once per language per build.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Language { get; init; }
    public required string LanguageName { get; init; }

    /// <summary>The site's default language: text written in site.yml (a pitch, a bio) is in this one.</summary>
    public required string DefaultLanguage { get; init; }
    public required string BaseUrl { get; init; }
    public required string BasePath { get; init; }
    public required string HomeUrl { get; init; }
    public required AuthorView Author { get; init; }
    public required ContactView Contact { get; init; }
    public required NewsletterView Newsletter { get; init; }
    public required CrisisView Crisis { get; init; }

    /// <summary>The quick-exit button's neutral site; null when site.yml does not enable it.</summary>
    public QuickExitView? QuickExit { get; init; }
    public required PracticeView Practice { get; init; }
    /// <summary>Each menu's items, an ImmutableArray typed as a list: see <see cref="PageView.Terms"/> for why the value is not a struct.</summary>
    public required ImmutableDictionary<string, IReadOnlyList<MenuItemView>> Menus { get; init; }
    public required ImmutableArray<SectionView> Sections { get; init; }
    public required ImmutableArray<ArticleCardView> Articles { get; init; }
    public required ImmutableArray<ArticleCardView> Pages { get; init; }
    public required ImmutableDictionary<string, TaxonomyView> Taxonomies { get; init; }

    /// <summary>Addresses of pages and sections by their translation key ("contact", "articles"), in this language where it has them.</summary>
    public required ImmutableDictionary<string, string?> Links { get; init; }
    public int? CopyrightYear { get; init; }
    public required string Generator { get; init; }
    public required RawHtml OrganizationJsonLd { get; init; }
    public required ImmutableDictionary<string, object?> Data { get; init; }
    public required ImmutableDictionary<string, object?> Params { get; init; }
    public bool IsMultilingual { get; init; }

    /// <summary>The feeds of this language, for link rel="alternate" in every page's head.</summary>
    public ImmutableArray<FeedLinkView> Feeds { get; init; } = [];

    public required string Environment { get; init; }

    public bool IsProduction => Environment == "production";

    public string? TwitterHandle { get; init; }

    /// <summary>What the site shares with other companies, in plain words in this language, for the privacy page
    /// ({{< privacy-summary >}}); the same facts the privacy audit allows.</summary>
    public string PrivacySummary { get; init; } = "";
}
