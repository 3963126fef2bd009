using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>Builds the view models templates see: `site` once per language, and `page` for each planned page.</summary>
public sealed class ViewFactory
{
    private readonly SiteConfig _config;
    private readonly Dictionary<string, LanguageViews> _languages = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _translations;

    /// <param name="privacySummary">The plain-language privacy summary in a language, for `site.privacy_summary`; the build derives it
    /// from site.yml, and the privacy audit of `build --strict` then holds the built site to it.</param>
    public ViewFactory(SiteModel site, ImmutableArray<PagePlan> plans, string generator, ImmutableDictionary<string, object?> data,
        Func<string, string>? privacySummary = null)
    {
        _config = site.Config;
        var shared = Shared(site, generator, data, privacySummary ?? (_ => ""));
        // The default language first: its links fill in for pages another language has not translated.
        IReadOnlyDictionary<string, string?> defaultLinks = new Dictionary<string, string?>();
        foreach (var language in site.Languages)
        {
            var views = new LanguageViews(site.Config, language, shared, site.Config.IsMultilingual, defaultLinks);
            _languages[language.Code] = views;
            defaultLinks = language.Language.IsDefault ? views.SiteView.Links : defaultLinks;
        }
        // The first page of each list and every document, by what its versions in other languages share.
        _translations = plans.Where(p => p.Pager is null || p.Pager.Number == 1)
            .GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.GroupBy(p => p.Language).ToImmutableDictionary(l => l.Key, l => l.First().Url), StringComparer.Ordinal);
    }

    public SiteView Site(string language) => _languages[language].SiteView;

    public PageView Page(PagePlan plan)
    {
        var views = _languages[plan.Language];
        var versions = _translations.GetValueOrDefault(plan.TranslationKey) ?? ImmutableDictionary<string, string>.Empty;
        // The switcher offers every language: the page's own version where there is one, else that language's home.
        ImmutableArray<LanguageView> languages =
        [
            .. _config.Languages.Select(language => new LanguageView(language.Code, language.Name,
                views.Url(versions.GetValueOrDefault(language.Code) ?? _languages[language.Code].Site.HomeUrl), language.Code == plan.Language,
                language.Code == plan.Language || versions.ContainsKey(language.Code))),
        ];
        var translations = languages.Where(l => !l.IsCurrent && versions.ContainsKey(l.Code)).ToImmutableArray();
        return PageViewBuilder.Build(plan, views, _config, languages, translations);
    }

    private static SharedSiteViews Shared(SiteModel site, string generator, ImmutableDictionary<string, object?> data, Func<string, string> privacySummary)
    {
        var config = site.Config;
        var contact = config.Contact;
        string Url(string path) => TemplateFunctions.RelativeUrl(config, path);
        FormView? Form(FormEndpoint? form) => form is null
            ? null
            : new FormView(form.Provider, form.Action.StartsWith('/') ? Url(form.Action) : form.Action, form.Method, form.Fields,
                [.. form.Hidden.Select(h => new NameValueView(h.Key, h.Value))], [.. form.Attributes.Select(a => new NameValueView(a.Key, a.Value))],
                form.ThankYouUrl is { } t ? Url(t) : null);
        return new SharedSiteViews(
            new AuthorView(config.Author.Name, config.Author.Bio, config.Author.Image is { } image ? Url(image) : null),
            new ContactView(contact.Phone is { } p ? new PhoneView(p.Display, p.E164, "tel:" + p.E164) : null, contact.Email,
                contact.Email is { } e ? "mailto:" + e : null, contact.Hours, contact.BookingUrl, Form(contact.Form),
                contact.ShowCrisisNotice && config.Crisis.IsEnabled),
            new NewsletterView(Form(config.Newsletter.Form), config.Newsletter.Pitch) { PostalAddress = config.Newsletter.PostalAddress },
            new CrisisView(config.Crisis.IsEnabled,
                [.. config.Crisis.Resources.Select(r => new CrisisResourceView(r.Name, r.Phone, r.PhoneHref, r.Sms, r.SmsHref, r.Url, r.Note))]),
            config.QuickExit.IsEnabled ? new QuickExitView(config.QuickExit.Url) : null,
            new PracticeView(config.Practice.ShowDisclaimer, config.Practice.DisclaimerText,
                config.Practice.Licensure is { } l ? new LicensureView(l.Type, l.Number, string.Join(", ", l.States)) : null),
            new RawHtml(StructuredData.Organization(config)),
            data,
            generator,
            site.AllArticles.Where(a => a.Date is not null).Select(a => (int?)a.Date!.Value.Year).Max(),
            privacySummary);
    }
}
