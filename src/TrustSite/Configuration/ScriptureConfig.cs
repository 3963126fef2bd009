using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>Whether Bible references in articles become links, and to which site and version for each language.</summary>
public sealed record ScriptureConfig(bool Enabled, ImmutableDictionary<string, ScriptureSite> Sites)
{
    public static ScriptureConfig Disabled { get; } = new(false, ImmutableDictionary<string, ScriptureSite>.Empty);
}

/// <summary>A Bible site's address pattern, with {ref} and {version}, and the translation to show.</summary>
public sealed record ScriptureSite(string UrlPattern, string Version);
