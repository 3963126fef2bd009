using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>site.yml's `crisis:` section: whether crisis resources are shown, and which; none listed means the theme's US defaults (988, 911).</summary>
public sealed record CrisisConfig(bool IsEnabled, ImmutableArray<CrisisResource> Resources)
{
    public static CrisisConfig Default { get; } = new(true, []);

    public bool UsesDefaults => Resources.IsEmpty;
}
