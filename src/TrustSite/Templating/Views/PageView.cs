using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>What templates see as `page`: the page being rendered, with dates formatted, terms as links and lists as cards.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string Permalink { get; init; }

    /// <summary>The browser title: the site's name on its home, else site.yml's seo.titlePattern filled in.</summary>
    public required string HeadTitle { get; init; }

    /// <summary>"article" for articles, else "website", for Open Graph.</summary>
    public required string OgType { get; init; }

    /// <summary>The absolute address of the image shown when the page is shared: its own, else seo.image from site.yml.</summary>
    public string? ShareImage { get; init; }

    /// <summary>JSON-LD for search engines: a BlogPosting for articles and a BreadcrumbList, each ready for a script element.</summary>
    public ImmutableArray<RawHtml> JsonLd { get => _jsonLd.Value; init => _jsonLd = new(value); }

    /// <summary>Makes <see cref="JsonLd"/> when a template first reads it: a theme without structured data does not pay for it on every page.</summary>
    internal Func<ImmutableArray<RawHtml>> JsonLdSource { init => _jsonLd = new(value, LazyThreadSafetyMode.PublicationOnly); }

    private Lazy<ImmutableArray<RawHtml>> _jsonLd = new(ImmutableArray<RawHtml>.Empty);
    public string? Section { get; init; }
    public string? DateIso { get; init; }
    public string? DateDisplay { get; init; }
    public string? LastmodIso { get; init; }
    public string Summary { get; init; } = "";
    public RawHtml SummaryHtml { get; init; } = RawHtml.Empty;
    public string Description { get; init; } = "";
    public ImmutableArray<TermLinkView> Tags { get; init; } = [];
    public ImmutableArray<TermLinkView> Categories { get; init; } = [];
    /// <summary>The page's terms of every taxonomy, each an ImmutableArray typed as a list.</summary>
    /// <remarks>
    /// A dictionary's values are never a struct in a view: Scriban reads a dictionary through an accessor it makes with MakeGenericType
    /// over the key and value types, which the Native AOT build of the CLI can only do for reference types (ViewTypesTests).
    /// </remarks>
    public ImmutableDictionary<string, IReadOnlyList<TermLinkView>> Terms { get => _terms.Value; init => _terms = new(value); }

    /// <summary>Makes <see cref="Terms"/> when a template first reads it: a dictionary per page that most themes never look at.</summary>
    internal Func<ImmutableDictionary<string, IReadOnlyList<TermLinkView>>> TermsSource { init => _terms = new(value, LazyThreadSafetyMode.PublicationOnly); }

    private Lazy<ImmutableDictionary<string, IReadOnlyList<TermLinkView>>> _terms = new(ImmutableDictionary<string, IReadOnlyList<TermLinkView>>.Empty);
    public ImmutableArray<SeriesView> Series { get; init; } = [];
    public ImmutableArray<ArticleCardView> Related { get => _related.Value; init => _related = new(value); }

    /// <summary>
    /// Chooses <see cref="Related"/> when a template first reads it: choosing is the dearest part of an article's view (a tenth of the
    /// render stage at 10,000 articles), and a theme that shows no related articles should not pay for it.
    /// </summary>
    internal Func<ImmutableArray<ArticleCardView>> RelatedSource { init => _related = new(value, LazyThreadSafetyMode.PublicationOnly); }

    private Lazy<ImmutableArray<ArticleCardView>> _related = new(ImmutableArray<ArticleCardView>.Empty);
    public string? Author { get; init; }
    public string? Image { get; init; }
    public int WordCount { get; init; }
    public int ReadingMinutes { get; init; }
    public RawHtml Toc { get; init; } = RawHtml.Empty;
    public bool IsDraft { get; init; }
    public bool IsFuture { get; init; }
    public bool NoIndex { get; init; }

    /// <summary>Whether the page shows the crisis lines at its top (front matter `crisis: true`).</summary>
    public bool Crisis { get; init; }

    /// <summary>The front matter's content_warning, such as "infidelity, abuse", for a calm note before the body.</summary>
    public string? ContentWarning { get; init; }
    public ArticleCardView? Older { get; init; }
    public ArticleCardView? Newer { get; init; }
    public ImmutableArray<ArticleCardView> Items { get; init; } = [];
    public PagerView? Pager { get; init; }
    public TaxonomyView? Taxonomy { get; init; }
    public TermLinkView? Term { get; init; }
    public ImmutableArray<ArchiveYearView> Archive { get; init; } = [];
    public ImmutableArray<LanguageView> Translations { get; init; } = [];
    public ImmutableArray<LanguageView> Languages { get; init; } = [];
    public string? AliasTarget { get; init; }
    public string SourcePath { get; init; } = "";

    /// <summary>The analytics script to load, or null: analytics is off, or the page is a contact, thank-you or crisis page.</summary>
    public AnalyticsView? Analytics { get; init; }
    public ImmutableDictionary<string, object?> Params { get; init; } = ImmutableDictionary<string, object?>.Empty;
}
