using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Configuration;

/// <summary>The cookieless analytics service chosen in site.yml's `analytics:` block: the script every counted page loads.</summary>
/// <param name="Provider">goatcounter, plausible or umami.</param>
/// <param name="ScriptUrl">The https address of the counting script.</param>
/// <param name="Endpoint">The https address the script sends its counts to.</param>
/// <param name="Attributes">The script element's data attributes the service reads, in order, such as data-goatcounter.</param>
/// <param name="Location">Where site.yml chooses the service, for the privacy audit's list of allowed hosts.</param>
public sealed record AnalyticsConfig(string Provider, string ScriptUrl, string Endpoint, ImmutableArray<KeyValuePair<string, string>> Attributes,
    SourceLocation Location)
{
    /// <summary>The service's name as visitors may know it, such as "GoatCounter".</summary>
    public string Name => Provider switch
    {
        "goatcounter" => "GoatCounter",
        "plausible" => "Plausible",
        _ => "Umami",
    };

    /// <summary>The origin the script is loaded from, such as https://gc.zgo.at.</summary>
    public string ScriptOrigin => new Uri(ScriptUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The origin counts are sent to, such as https://mysite.goatcounter.com.</summary>
    public string EndpointOrigin => new Uri(Endpoint).GetLeftPart(UriPartial.Authority);

    /// <summary>Every host a counted page contacts for the service, sorted.</summary>
    public ImmutableArray<string> Hosts => [.. new[] { ScriptUrl, Endpoint }.Select(u => new Uri(u).Host).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
