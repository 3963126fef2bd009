using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>What site.yml's `privacy:` section accepts beyond the site itself: other hosts, and ways of keeping data in the browser.</summary>
/// <param name="Allow">Origins a visitor's browser may contact, each with where it is written.</param>
/// <param name="Storage">The kinds of browser storage the site's scripts may use.</param>
public sealed record PrivacyConfig(ImmutableArray<PrivacyAllowance> Allow, ImmutableArray<BrowserStorage> Storage)
{
    public static PrivacyConfig Default { get; } = new([], []);
}
