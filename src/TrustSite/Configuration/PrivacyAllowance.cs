using TrustSite.Diagnostics;

namespace TrustSite.Configuration;

/// <summary>One origin of `privacy: {allow: [...]}`, such as https://player.vimeo.com, and where site.yml says so.</summary>
public sealed record PrivacyAllowance(string Origin, SourceLocation Location)
{
    /// <summary>The host the origin names, in lower case, such as "player.vimeo.com".</summary>
    public string Host => new Uri(Origin).Host;
}
