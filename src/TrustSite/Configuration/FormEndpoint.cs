using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>Where a form posts and what the receiving service expects; built from a provider preset or given in full.</summary>
/// <param name="Provider">The preset name ("buttondown", "formspree", ...) or "generic".</param>
/// <param name="Fields">Our field roles (email, name, message...) mapped to the names the service expects.</param>
/// <param name="Hidden">Hidden fields the service needs, such as a list id or the redirect address.</param>
public sealed record FormEndpoint(
    string Provider,
    string Action,
    string Method,
    ImmutableDictionary<string, string> Fields,
    ImmutableArray<KeyValuePair<string, string>> Hidden,
    string? ThankYouUrl)
{
    public string FieldName(string role) => Fields.TryGetValue(role, out var name) ? name : role;
}
