using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads the `contact:` section: phone (checked and turned into E.164), email, hours, booking link and form.</summary>
internal sealed class ContactConfigReader(DiagnosticBag diagnostics, Uri? baseUrl)
{
    /// <summary>The contact form's fields by role: who, how to reach them, and whether a voicemail or text is safe.</summary>
    public static readonly string[] ContactRoles = ["name", "email", "phone", "contactMethod", "leaveMessage", "message", "consent", "honeypot"];

    public ContactConfig Read(YamlMapReader? yaml)
    {
        if (yaml is null)
        {
            return new ContactConfig(null, null, null, null, null, ShowCrisisNotice: true);
        }
        yaml.RejectUnknownKeys(["phone", "country", "email", "hours", "booking", "form", "crisisNotice"], DiagnosticCodes.ConfigUnknownKey, "contact");
        var country = yaml.String("country") ?? "US";
        if (!PhoneNumber.IsKnownCountry(country) && yaml.Has("country"))
        {
            diagnostics.Warning(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("country"),
                $"unknown country code '{country}'; phone numbers must then start with '+' and the country code",
                "use a two-letter code such as US, MX or ES");
        }
        var phone = ReadPhone(yaml, country);
        var email = yaml.String("email");
        if (email is not null && (!email.Contains('@') || email.Any(char.IsWhiteSpace)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("email"), $"\"{email}\" is not an email address", "write it like hello@example.org");
        }
        var form = yaml.Map("form") is { } formYaml
            ? new FormEndpointReader(diagnostics, baseUrl).Read(formYaml, "contact.form", FormPresets.Contact, ContactRoles, ["healthDataOk", "health_data_ok"])
                is { } endpoint ? endpoint with { HealthDataOk = formYaml.Bool("healthDataOk") ?? formYaml.Bool("health_data_ok") ?? false } : null
            : null;
        return new ContactConfig(phone, email, yaml.String("hours"), UrlSetting.Read(yaml, "booking", diagnostics), form,
            yaml.Bool("crisisNotice") ?? true);
    }

    private PhoneNumber? ReadPhone(YamlMapReader yaml, string country)
    {
        var text = yaml.String("phone");
        if (text is null)
        {
            return null;
        }
        if (PhoneNumber.TryParse(text, country, out var phone, out var problem))
        {
            return phone;
        }
        diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("phone"), $"'phone' cannot be dialled: {problem}",
            "write it as people read it, like \"407 618 0212\", and set 'country' (default US)");
        return null;
    }
}
