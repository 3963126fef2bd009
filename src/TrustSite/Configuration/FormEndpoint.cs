using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>Where a form posts and what the receiving service expects; built from a provider preset or given in full.</summary>
/// <param name="Provider">The preset name ("buttondown", "formspree", ...) or "generic".</param>
/// <param name="Fields">Our field roles (email, name, message, consent, honeypot) mapped to the names the service expects; "" when it takes none.</param>
/// <param name="Hidden">Hidden fields the service needs, such as a list id or the redirect address.</param>
/// <param name="Attributes">Extra attributes of the form element, such as Netlify's data-netlify.</param>
/// <param name="ThankYouHowTo">How the service is told to show the thank-you page, when the form itself cannot say it.</param>
public sealed record FormEndpoint(
    string Provider,
    string Action,
    string Method,
    ImmutableDictionary<string, string> Fields,
    ImmutableArray<KeyValuePair<string, string>> Hidden,
    ImmutableArray<KeyValuePair<string, string>> Attributes,
    string? ThankYouUrl,
    string? ThankYouHowTo)
{
    /// <summary>site.yml says the service may receive health information (healthDataOk: true): it has signed a business
    /// associate agreement with the practice, as HIPAA requires.</summary>
    public bool HealthDataOk { get; init; }

    public string FieldName(string role) => Fields.TryGetValue(role, out var name) ? name : "";
}
