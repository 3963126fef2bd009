using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>The views of one language, built once: its `site`, a card per article and a link per term, shared by all its pages.</summary>
internal sealed class LanguageViews
{
    private readonly SiteConfig _config;
    private readonly Dictionary<(string Taxonomy, string Key), TermLinkView> _terms = [];
    private readonly Dictionary<RenderedDocument, ArticleCardView> _cards = new(ReferenceEqualityComparer.Instance);

    public LanguageViews(SiteConfig config, LanguageSite site, SharedSiteViews shared, bool isMultilingual, IReadOnlyDictionary<string, string?> defaultLinks)
    {
        _config = config;
        Site = site;
        Dates = new DateFormatter(site.Code);
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                _terms[(taxonomy.Name, term.Key)] = new TermLinkView(term.Name, Url(term.Url), term.Articles.Length);
            }
        }
        foreach (var document in site.Articles.Concat(site.Pages))
        {
            _cards[document] = BuildCard(document);
        }
        SiteView = SiteViewBuilder.Build(config, site, this, shared, isMultilingual, defaultLinks);
    }

    public LanguageSite Site { get; }

    public DateFormatter Dates { get; }

    public SiteView SiteView { get; }

    public ArticleCardView Card(RenderedDocument document) => _cards.TryGetValue(document, out var card) ? card : BuildCard(document);

    public ImmutableArray<TermLinkView> Terms(string taxonomy, ImmutableArray<string> names) =>
        [.. names.Select(n => _terms.GetValueOrDefault((taxonomy, TermKey.Of(n)))).OfType<TermLinkView>().DistinctBy(t => t.Url)];

    public TermLinkView? Term(Term term) => _terms.GetValueOrDefault((term.Taxonomy, term.Key));

    public string Url(string sitePath) => TemplateFunctions.RelativeUrl(_config, sitePath);

    // A bare file name in `image:` sits beside the page, as in a page bundle.
    public string ImageUrl(string image, string pageUrl) =>
        image.Contains('/') || image.Contains(':') ? Url(image) : Url(pageUrl + image);

    private ArticleCardView BuildCard(RenderedDocument document)
    {
        var frontMatter = document.Published.Document.FrontMatter;
        return new ArticleCardView(document.Title, Url(document.Url), DateFormatter.Iso(document.Date), Dates.Display(document.Date),
            document.Summary, new RawHtml(document.SummaryHtml), Terms("tags", frontMatter.Tags), Terms("categories", frontMatter.Categories),
            ReadingTime.Minutes(document.WordCount, Site.Code), frontMatter.Image is { } image ? ImageUrl(image, document.Url) : null,
            frontMatter.Draft, document.Published.IsFuture);
    }
}
