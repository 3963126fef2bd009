using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Configuration;

/// <summary>The site's settings from site.yml, checked and frozen; every stage reads it, none changes it.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    Uri BaseUrl,
    string Language,
    string Theme,
    TimeZoneInfo TimeZone,
    AuthorConfig Author,
    ContactConfig Contact,
    NewsletterConfig Newsletter,
    ImmutableDictionary<string, ImmutableArray<MenuItem>> Menus,
    MarkdownOptions Markdown,
    int PageSize,
    ImmutableDictionary<string, object?> Params,
    ImmutableDictionary<string, SourceLocation> Locations)
{
    /// <summary>Where a top-level setting's value is written in site.yml, for messages from later stages.</summary>
    public SourceLocation LocationOf(string key) =>
        Locations.TryGetValue(key, out var location) ? location : new SourceLocation(SiteConfigLoader.FileName, 1, 1);

    /// <summary>The path part of the base URL, always ending in '/': "/" or "/ministry/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
