using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>The form services TrustSite knows, each producing the exact form that service accepts without JavaScript.</summary>
public static class FormPresets
{
    private static readonly Func<IReadOnlyDictionary<string, string>, ImmutableArray<KeyValuePair<string, string>>> NoAttributes = _ => [];

    public static ImmutableDictionary<string, FormPreset> Newsletter { get; } = new[]
    {
        new FormPreset("buttondown", ["account"],
            (s, _) => $"https://buttondown.com/api/emails/embed-subscribe/{Uri.EscapeDataString(s["account"])}",
            _ => Fields(("email", "email"), ("name", ""), ("honeypot", "website")),
            (_, _) => [new("embed", "1")],
            NoAttributes,
            "Buttondown shows its own confirmation page; set a custom redirect to the thank-you page in Buttondown's settings"),
        new FormPreset("mailchimp", ["server", "user", "list"],
            (s, _) => $"https://{s["server"]}.list-manage.com/subscribe/post?u={Uri.EscapeDataString(s["user"])}&id={Uri.EscapeDataString(s["list"])}",
            // Mailchimp's own bot trap is named after the account and list.
            s => Fields(("email", "EMAIL"), ("name", "FNAME"), ("honeypot", $"b_{s["user"]}_{s["list"]}")),
            (_, _) => [],
            NoAttributes,
            "set the 'Confirmation thank you page' URL in Mailchimp's signup forms builder"),
        new FormPreset("kit", ["form"],
            (s, _) => $"https://app.kit.com/forms/{Uri.EscapeDataString(s["form"])}/subscriptions",
            _ => Fields(("email", "email_address"), ("name", "fields[first_name]"), ("honeypot", "website")),
            (_, _) => [],
            NoAttributes,
            "choose 'Redirect to an external page' after subscribing in the Kit form's settings"),
        new FormPreset("mailerlite", ["account", "form"],
            (s, _) => $"https://assets.mailerlite.com/jsonp/{Uri.EscapeDataString(s["account"])}/forms/{Uri.EscapeDataString(s["form"])}/subscribe",
            _ => Fields(("email", "fields[email]"), ("name", "fields[name]"), ("honeypot", "website")),
            (_, _) => [new("ml-submit", "1"), new("anticsrf", "true")],
            NoAttributes,
            "set the thank-you page as the form's success redirect in MailerLite"),
    }.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);

    public static ImmutableDictionary<string, FormPreset> Contact { get; } = new[]
    {
        new FormPreset("formspree", ["id"],
            (s, _) => $"https://formspree.io/f/{Uri.EscapeDataString(s["id"])}",
            _ => Fields(("name", "name"), ("email", "email"), ("phone", "phone"), ("contactMethod", "contact_method"),
                ("leaveMessage", "voicemail_or_text_ok"), ("message", "message"), ("consent", "consent"), ("honeypot", "_gotcha")),
            (_, thankYou) => thankYou is null ? [] : [new("_next", thankYou)],
            NoAttributes,
            "Formspree follows the _next field on paid plans; on the free plan it shows its own page with a link back"),
        new FormPreset("netlify", [],
            // Netlify receives the post on the site itself and then shows the page named by the action.
            (_, thankYou) => thankYou ?? "/",
            _ => Fields(("name", "name"), ("email", "email"), ("phone", "phone"), ("contactMethod", "contact_method"),
                ("leaveMessage", "voicemail_or_text_ok"), ("message", "message"), ("consent", "consent"), ("honeypot", "bot-field")),
            (s, _) => [new("form-name", s.GetValueOrDefault("name", "contact"))],
            s => [new("name", s.GetValueOrDefault("name", "contact")), new("data-netlify", "true"), new("netlify-honeypot", "bot-field")],
            "Netlify shows the page given as the form's action"),
        new FormPreset("basin", ["id"],
            (s, _) => $"https://usebasin.com/f/{Uri.EscapeDataString(s["id"])}",
            _ => Fields(("name", "name"), ("email", "email"), ("phone", "phone"), ("contactMethod", "contact_method"),
                ("leaveMessage", "voicemail_or_text_ok"), ("message", "message"), ("consent", "consent"), ("honeypot", "_gotcha")),
            (_, _) => [],
            NoAttributes,
            "set the redirect URL and the honeypot field name (_gotcha) in the Basin form's settings"),
    }.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The field names of the generic provider: our own role names, overridable one by one.</summary>
    public static ImmutableDictionary<string, string> GenericFields(IEnumerable<string> roles) =>
        roles.ToImmutableDictionary(r => r, r => r == "honeypot" ? "website" : r, StringComparer.Ordinal);

    private static ImmutableDictionary<string, string> Fields(params (string Role, string Name)[] fields) =>
        fields.ToImmutableDictionary(f => f.Role, f => f.Name, StringComparer.Ordinal);
}
