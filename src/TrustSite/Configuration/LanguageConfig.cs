using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>One language of the site: its code, its name as its readers write it, and what it changes (title, menus).</summary>
/// <param name="UrlPrefix">"" for the default language, "/es" for the others.</param>
public sealed record LanguageConfig(
    string Code,
    string Name,
    string? Title,
    string? Description,
    ImmutableDictionary<string, ImmutableArray<MenuItem>>? Menus,
    string UrlPrefix)
{
    public bool IsDefault => UrlPrefix.Length == 0;
}
