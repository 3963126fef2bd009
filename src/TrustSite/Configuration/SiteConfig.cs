using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Scripture;

namespace TrustSite.Configuration;

/// <summary>The site's settings from site.yml, checked and frozen; every stage reads it, none changes it.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required Uri BaseUrl { get; init; }

    /// <summary>The site's languages, the default one first; a site with one language has one entry.</summary>
    public required ImmutableArray<LanguageConfig> Languages { get; init; }

    public string Theme { get; init; } = "trust";
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public AuthorConfig Author { get; init; } = new(null, null, null);
    public ContactConfig Contact { get; init; } = new(null, null, null, null, null, ShowCrisisNotice: true);
    public NewsletterConfig Newsletter { get; init; } = new(null, null);
    public ImmutableDictionary<string, ImmutableArray<MenuItem>> Menus { get; init; } = ImmutableDictionary<string, ImmutableArray<MenuItem>>.Empty;
    public MarkdownOptions Markdown { get; init; } = MarkdownOptions.Default;
    public int PageSize { get; init; } = 10;

    /// <summary>The front matter keys that group articles into term pages, such as tags and categories.</summary>
    public ImmutableArray<string> Taxonomies { get; init; } = ["tags", "categories", "series"];

    /// <summary>Address patterns by section, such as "/{year}/{month}/{slug}/" for articles.</summary>
    public ImmutableDictionary<string, PermalinkPattern> Permalinks { get; init; } = ImmutableDictionary<string, PermalinkPattern>.Empty;

    public int RelatedCount { get; init; } = 3;
    /// <summary>The Bible site and version per language that scripture references link to; none when linking is off.</summary>
    public ScriptureOptions Scripture { get; init; } = ScriptureOptions.None;
    public PublishingConfig Publishing { get; init; } = PublishingConfig.Default;

    /// <summary>The other hosts and the browser storage the privacy audit accepts.</summary>
    public PrivacyConfig Privacy { get; init; } = PrivacyConfig.Default;

    /// <summary>The cookieless analytics service counting visits, or null (the default) for none.</summary>
    public AnalyticsConfig? Analytics { get; init; }
    /// <summary>The crisis lines shown in the footer, on the contact, newsletter and thank-you pages, and on articles with `crisis: true`.</summary>
    public CrisisConfig Crisis { get; init; } = CrisisConfig.Default;

    /// <summary>The quick-exit button, off unless site.yml's `safety.quickExit` enables it.</summary>
    public QuickExitConfig QuickExit { get; init; } = QuickExitConfig.Off;

    /// <summary>The disclaimer, licensure and No Surprises Act notices; none unless configured.</summary>
    public PracticeConfig Practice { get; init; } = PracticeConfig.None;

    /// <summary>The environment the site is built for: production publishes for search engines, anything else keeps them out.</summary>
    public string Environment { get; init; } = "production";

    public bool IsProduction => Environment == "production";

    public ImmutableDictionary<string, object?> Params { get; init; } = ImmutableDictionary<string, object?>.Empty;
    public ImmutableDictionary<string, SourceLocation> Locations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    public LanguageConfig DefaultLanguage => Languages[0];

    /// <summary>The default language's code, such as "en".</summary>
    public string Language => DefaultLanguage.Code;

    public bool IsMultilingual => Languages.Length > 1;

    /// <summary>Where a top-level setting's value is written in site.yml, for messages from later stages.</summary>
    public SourceLocation LocationOf(string key) =>
        Locations.TryGetValue(key, out var location) ? location : new SourceLocation(SiteConfigLoader.FileName, 1, 1);

    /// <summary>The path part of the base URL, always ending in '/': "/" or "/ministry/".</summary>
    public string BasePath => BasePathOf(BaseUrl);

    /// <summary>The path of a base URL, ending in '/': "/" for a site at the root of its host.</summary>
    public static string BasePathOf(Uri baseUrl) => baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";

    public LanguageConfig? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);
}
