using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>What one form service expects: which settings identify the account, the action URL built from them, field names and hidden fields.</summary>
/// <param name="Settings">The keys under the form's section that the service needs, such as 'account' or 'id'.</param>
/// <param name="Action">Builds the action URL from those settings (the thank-you page is passed for services that post back to the site).</param>
/// <param name="Fields">Field names by role (email, name, message, consent, honeypot); an empty name means the service takes no such field.</param>
/// <param name="Hidden">Hidden fields by name, built from the settings; the thank-you URL is passed for services that take it as a field.</param>
/// <param name="FormAttributes">Extra attributes on the form element (Netlify reads data-netlify).</param>
/// <param name="ThankYouHowTo">Where the service is told to send visitors to the thank-you page, for the README and warnings.</param>
public sealed record FormPreset(
    string Name,
    ImmutableArray<string> Settings,
    Func<IReadOnlyDictionary<string, string>, string?, string> Action,
    Func<IReadOnlyDictionary<string, string>, ImmutableDictionary<string, string>> Fields,
    Func<IReadOnlyDictionary<string, string>, string?, ImmutableArray<KeyValuePair<string, string>>> Hidden,
    Func<IReadOnlyDictionary<string, string>, ImmutableArray<KeyValuePair<string, string>>> FormAttributes,
    string ThankYouHowTo);
