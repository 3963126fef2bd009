using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Markdown;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>Builds the view models templates see; the site view and each article's card are built once and shared by every page.</summary>
public sealed class ViewFactory
{
    public const int WordsPerMinute = 200;

    private readonly SiteConfig _config;
    private readonly DateFormatter _dates;
    private readonly Dictionary<RenderedDocument, ArticleCardView> _cards;

    public ViewFactory(SiteModel site, string generator)
    {
        _config = site.Config;
        _dates = new DateFormatter(site.Config.Language);
        _cards = site.Articles.Concat(site.Pages).ToDictionary(d => d, Card, ReferenceEqualityComparer.Instance as IEqualityComparer<RenderedDocument>);
        Site = BuildSite(site, generator);
    }

    public SiteView Site { get; }

    public PageView Page(PagePlan plan)
    {
        var document = plan.Document;
        var frontMatter = document?.Published.Document.FrontMatter ?? FrontMatter.Empty;
        var summary = document?.Summary ?? "";
        return new PageView(
            Kind: plan.Kind.LayoutName(),
            Title: plan.Title,
            Url: Url(plan.Url),
            Permalink: TemplateFunctions.AbsoluteUrl(_config, plan.Url),
            Section: plan.Section?.Name,
            DateIso: DateFormatter.Iso(document?.Date),
            DateDisplay: _dates.Display(document?.Date),
            LastmodIso: DateFormatter.Iso(frontMatter.Lastmod ?? document?.Date),
            Summary: summary,
            Description: frontMatter.Description ?? (summary.Length > 0 ? summary : _config.Description ?? ""),
            Tags: frontMatter.Tags,
            Categories: frontMatter.Categories,
            Series: frontMatter.Series,
            Author: frontMatter.Author ?? _config.Author.Name,
            Image: frontMatter.Image is { } image ? ImageUrl(image, plan.Url) : null,
            WordCount: document?.WordCount ?? 0,
            ReadingMinutes: ReadingMinutes(document?.WordCount ?? 0),
            IsDraft: frontMatter.Draft,
            Older: plan.Older is { } older ? CardOf(older) : null,
            Newer: plan.Newer is { } newer ? CardOf(newer) : null,
            Items: [.. plan.Items.Select(CardOf)],
            SourcePath: document?.Published.SitePath ?? "",
            Params: frontMatter.Params);
    }

    public ArticleCardView CardOf(RenderedDocument document) =>
        _cards.TryGetValue(document, out var card) ? card : Card(document);

    public static int ReadingMinutes(int words) => words == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));

    private ArticleCardView Card(RenderedDocument document)
    {
        var frontMatter = document.Published.Document.FrontMatter;
        return new ArticleCardView(document.Title, Url(document.Url), DateFormatter.Iso(document.Date), _dates.Display(document.Date),
            document.Summary, frontMatter.Tags, frontMatter.Categories, ReadingMinutes(document.WordCount),
            frontMatter.Image is { } image ? ImageUrl(image, document.Url) : null, frontMatter.Draft);
    }

    private SiteView BuildSite(SiteModel site, string generator)
    {
        var config = site.Config;
        var contact = config.Contact;
        var phone = contact.Phone is { } p ? new PhoneView(p.Display, p.E164, "tel:" + p.E164) : null;
        var menus = config.Menus.ToImmutableDictionary(
            m => m.Key,
            m => m.Value.Select(i => new MenuItemView(i.Name, i.IsExternal ? i.Url : Url(i.Url), i.Url, i.IsExternal)).ToImmutableArray(),
            StringComparer.Ordinal);
        // Themes may always ask for the main and footer menus, configured or not.
        foreach (var name in new[] { "main", "footer" })
        {
            menus = menus.ContainsKey(name) ? menus : menus.Add(name, []);
        }
        return new SiteView(
            config.Title,
            config.Description,
            config.Language,
            config.BaseUrl.AbsoluteUri,
            config.BasePath,
            new AuthorView(config.Author.Name, config.Author.Bio, config.Author.Image is { } img ? Url(img) : null),
            new ContactView(phone, contact.Email, contact.Email is { } e ? "mailto:" + e : null, contact.Hours, contact.BookingUrl,
                Form(contact.Form), contact.ShowCrisisNotice),
            new NewsletterView(Form(config.Newsletter.Form), config.Newsletter.Pitch),
            menus,
            [.. site.Sections.Select(s => new SectionView(s.Name, s.Title, Url(s.Url), s.Articles.Length))],
            [.. site.Articles.Select(CardOf)],
            [.. site.Pages.Select(CardOf)],
            site.Articles.Where(a => a.Date is not null).Select(a => (int?)a.Date!.Value.Year).Max(),
            generator,
            new RawHtml(StructuredData.Organization(config)),
            config.Params);
    }

    private FormView? Form(FormEndpoint? form) => form is null
        ? null
        : new FormView(form.Provider, form.Action.StartsWith('/') ? Url(form.Action) : form.Action, form.Method, form.Fields,
            [.. form.Hidden.Select(h => new NameValueView(h.Key, h.Value))], [.. form.Attributes.Select(a => new NameValueView(a.Key, a.Value))],
            form.ThankYouUrl is { } t ? Url(t) : null);

    private string Url(string sitePath) => TemplateFunctions.RelativeUrl(_config, sitePath);

    // A bare file name in `image:` sits beside the page, as in a page bundle.
    private string ImageUrl(string image, string pageUrl) =>
        image.Contains('/') || image.Contains(':') ? Url(image) : Url(pageUrl + image);
}
