using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Pages;

namespace TrustSite.Checks;

/// <summary>Reads the forms of the rendered pages (`trustsite check`): each needs a honeypot, a consent sentence linking to the
/// privacy page, a label on every field and a thank-you page; the contact form asks only for what a first call needs.</summary>
/// <remarks>Pages render in parallel; a problem is kept once, at the first page in address order that shows it, since a form
/// repeated on every article by the theme is one mistake.</remarks>
public sealed class FormChecker(SiteConfig config, IReadOnlyCollection<PagePlan> plans, Func<string, bool> serves)
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] NotFields = ["hidden", "submit", "button", "reset", "image"];
    private readonly ConcurrentDictionary<(string Code, string Form), (string Url, Diagnostic Diagnostic)> _found = new();
    // The configured forms the pages show, and whether one of them has a free-text field: site.yml's settings are checked for these.
    private readonly ConcurrentDictionary<string, bool> _shown = new(StringComparer.Ordinal);
    private readonly HashSet<string> _privacyPaths =
        [.. plans.Where(p => p.Document?.Published.Document.TranslationKey == "privacy").Select(p => AbsolutePath(config, p.Url))];

    /// <summary>Checks the forms of one rendered page; safe to call from parallel workers.</summary>
    public void Inspect(PagePlan plan, string html)
    {
        if (!html.Contains("<form", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var document = Parser.ParseDocument(html);
        var address = new Uri(config.BaseUrl, plan.Url.TrimStart('/'));
        foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
        {
            var action = form.GetAttribute("action") ?? "";
            if (form.GetAttribute("role") == "search" || (form.Method.Equals("get", StringComparison.OrdinalIgnoreCase) && !IsEndpoint(action)))
            {
                continue;
            }
            InspectForm(plan, address, document, form, action);
        }
    }

    /// <summary>The problems found, and the form settings that need no page to check, into <paramref name="diagnostics"/>.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (_, (_, diagnostic)) in _found.OrderBy(f => f.Key.Code, StringComparer.Ordinal).ThenBy(f => f.Key.Form, StringComparer.Ordinal))
        {
            diagnostics.Add(diagnostic);
        }
        CheckSettings(diagnostics);
    }

    private void InspectForm(PagePlan plan, Uri address, IDocument document, IHtmlFormElement form, string action)
    {
        var endpoint = EndpointOf(action);
        var name = endpoint == config.Contact.Form ? "the contact form" : endpoint == config.Newsletter.Form ? "the newsletter form" : $"the form sent to {action}";
        var where = Where(plan);
        if (endpoint is not null)
        {
            var key = endpoint == config.Contact.Form ? "contact" : "newsletter";
            var hasFreeText = form.QuerySelector("textarea") is not null;
            _shown.AddOrUpdate(key, hasFreeText, (_, had) => had || hasFreeText);
        }
        var fields = form.QuerySelectorAll("input, select, textarea").Where(f => !NotFields.Contains(f.GetAttribute("type") ?? "", StringComparer.OrdinalIgnoreCase)).ToList();
        if (!fields.Any(f => IsHoneypot(f, endpoint)) && form.GetAttribute("netlify-honeypot") is null)
        {
            Add(plan, DiagnosticCodes.FormWithoutHoneypot, name, where, $"{name} on {plan.Url} has no honeypot field",
                "add a text field hidden from people (aria-hidden=\"true\" around it, tabindex=\"-1\"), which only spam robots fill in; the service discards what they send");
        }
        var consentLinks = form.QuerySelectorAll<IHtmlAnchorElement>("a[href]").Any(a => _privacyPaths.Contains(Resolve(address, a.GetAttribute("href")!)));
        if (!consentLinks)
        {
            Add(plan, DiagnosticCodes.FormWithoutConsent, name, where, $"{name} on {plan.Url} has no consent sentence linking to the privacy page",
                _privacyPaths.Count == 0
                    ? "the site has no privacy page: add content/privacy.md saying where messages go, and a sentence in the form that links to it"
                    : "say in the form, next to the button, where what is sent goes, with a link to the privacy page");
        }
        foreach (var field in fields.Where(f => !HasLabel(document, f)))
        {
            var fieldName = field.GetAttribute("name") ?? field.GetAttribute("id") ?? field.LocalName;
            Add(plan, DiagnosticCodes.FormFieldWithoutLabel, $"{name}|{fieldName}", where, $"the field '{fieldName}' of {name} on {plan.Url} has no label",
                "give it a <label for=\"ID\"> with the field's id: placeholders vanish as people type, and screen readers announce only labels");
        }
        if (endpoint is not null && endpoint == config.Contact.Form)
        {
            InspectContactForm(plan, form, endpoint, name, where);
        }
    }

    private void InspectContactForm(PagePlan plan, IHtmlFormElement form, FormEndpoint endpoint, string name, SourceLocation where)
    {
        var asked = new (string Role, string What)[]
        {
            ("name", "a name"), ("email", "an email address"), ("phone", "a phone number"), ("contactMethod", "the preferred way to be contacted"),
            ("leaveMessage", "whether a voicemail or text is acceptable"),
        };
        var missing = asked.Where(a => endpoint.FieldName(a.Role) is { Length: > 0 } field
                && !form.QuerySelectorAll("[name]").Any(e => e.GetAttribute("name") == field))
            .Select(a => a.What).ToList();
        if (missing.Count > 0)
        {
            Add(plan, DiagnosticCodes.ContactFormFieldMissing, name, where, $"{name} on {plan.Url} does not ask for {string.Join(", ", missing)}",
                "a first contact needs a way to call back safely: someone whose partner reads their messages may not want a voicemail or a text");
        }
        var freeText = form.QuerySelectorAll("textarea").ToList();
        if (freeText.Any(t => t.GetAttribute("aria-describedby") is not { } described
                || described.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(id => form.Owner!.GetElementById(id) is not { TextContent.Length: > 0 })))
        {
            Add(plan, DiagnosticCodes.ContactFormWithoutNote, name, where, $"the message field of {name} on {plan.Url} has no visible note asking not to include details",
                "add a short note tied to the field with aria-describedby, such as \"Please do not include details about your situation\"");
        }
    }

    /// <summary>What site.yml alone decides: a thank-you page that exists, where free text may go, the newsletter's sender address.</summary>
    private void CheckSettings(DiagnosticBag diagnostics)
    {
        foreach (var (form, key, what) in new[] { (config.Contact.Form, "contact", "contact form"), (config.Newsletter.Form, "newsletter", "newsletter form") })
        {
            if (form is null || !_shown.ContainsKey(key))
            {
                continue;
            }
            if (form.ThankYouUrl is null)
            {
                diagnostics.Warning(DiagnosticCodes.FormThankYouMissing, config.LocationOf(key), $"the {what} has no thank-you page",
                    $"add 'thankYou: /{key}/thanks/' and a page at that address, so that people know their message arrived; {form.ThankYouHowTo ?? "tell the service to show it"}");
            }
            else if (form.ThankYouUrl.StartsWith('/') && !serves(Urls.SitePath.Normalize(form.ThankYouUrl)))
            {
                diagnostics.Warning(DiagnosticCodes.FormThankYouMissing, config.LocationOf(key), $"the {what}'s thank-you page {form.ThankYouUrl} does not exist",
                    $"add a page with 'url: {form.ThankYouUrl}' (and layout: thanks), or change thankYou");
            }
        }
        if (config.Contact.Form is { HealthDataOk: false } contact && _shown.GetValueOrDefault("contact"))
        {
            diagnostics.Warning(DiagnosticCodes.FormHealthData, config.LocationOf("contact"),
                $"the contact form has a free-text message field sent to {HostOf(contact.Action)}, which site.yml does not mark healthDataOk: true",
                "what people write to a counselor is often health information; under HIPAA it may only go to a service that has signed a business "
                + "associate agreement (BAA) with the practice. Sign one and add 'healthDataOk: true' under contact.form, or remove the message field "
                + "(fields: {message: \"\"} in site.yml, and the theme's textarea)");
        }
        if (config.Newsletter.Form is not null && config.Newsletter.PostalAddress is null && _shown.ContainsKey("newsletter"))
        {
            diagnostics.Warning(DiagnosticCodes.NewsletterWithoutPostalAddress, config.LocationOf("newsletter"),
                "the newsletter has no postal address for its sender; US email law (CAN-SPAM) requires one in every newsletter sent",
                "add 'postalAddress: \"PO Box 123, City, ST 12345\"' under newsletter: a street address or a post office box; the theme shows it beside the signup");
        }
    }

    private void Add(PagePlan plan, string code, string form, SourceLocation where, string message, string hint)
    {
        var diagnostic = new Diagnostic(Severity.Warning, code, where, message, hint);
        _found.AddOrUpdate((code, form), (plan.Url, diagnostic),
            (_, existing) => string.CompareOrdinal(plan.Url, existing.Url) < 0 ? (plan.Url, diagnostic) : existing);
    }

    private static SourceLocation Where(PagePlan plan) =>
        SourceLocation.File(plan.Document?.Published.Document.Source.SitePath ?? plan.Origin);

    private FormEndpoint? EndpointOf(string action) =>
        new[] { config.Contact.Form, config.Newsletter.Form }.FirstOrDefault(f => f is not null && SameAction(f.Action, action));

    private bool IsEndpoint(string action) => EndpointOf(action) is not null;

    private bool SameAction(string configured, string written) =>
        configured == written || (configured.StartsWith('/') && written.EndsWith(configured, StringComparison.Ordinal))
        || System.Net.WebUtility.HtmlDecode(written) == configured;

    private static bool IsHoneypot(IElement field, FormEndpoint? endpoint) =>
        (endpoint?.FieldName("honeypot") is { Length: > 0 } honeypot && field.GetAttribute("name") == honeypot)
        || (field.GetAttribute("tabindex") == "-1" && field.Closest("[aria-hidden=true]") is not null);

    private static bool HasLabel(IDocument document, IElement field) =>
        field.HasAttribute("aria-label") || field.HasAttribute("aria-labelledby") || field.Closest("label") is not null
        || (field.Id is { Length: > 0 } id && document.QuerySelectorAll("label[for]").Any(l => l.GetAttribute("for") == id && l.TextContent.Trim().Length > 0));

    private static string Resolve(Uri page, string href) =>
        Uri.TryCreate(page, href, out var target) && target.Host == page.Host ? target.AbsolutePath : "";

    private static string AbsolutePath(SiteConfig config, string url) => new Uri(config.BaseUrl, url.TrimStart('/')).AbsolutePath;

    private static string HostOf(string action) => Uri.TryCreate(action, UriKind.Absolute, out var uri) ? uri.Host : "the site itself";
}
