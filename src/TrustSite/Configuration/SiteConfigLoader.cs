using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Configuration;

/// <summary>Reads site.yml strictly: unknown keys and wrong types are errors with their line, theme values live under params.</summary>
public sealed class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] TopLevelKeys =
    [
        "title", "description", "baseUrl", "language", "languages", "theme", "timezone", "author", "contact", "newsletter", "menus",
        "markdown", "pagination", "taxonomies", "permalinks", "related", "scripture", "feeds", "seo", "minify", "cname", "headers",
        PrivacyReader.Key, AnalyticsReader.Key, CrisisReader.Key, SafetyReader.Key, PracticeReader.Key, EnvironmentOverrides.Key, "params",
    ];

    private const string Code = DiagnosticCodes.ConfigType;

    /// <summary>Loads site.yml from the site's root; null when it is missing or has errors (all of them reported).</summary>
    public SiteConfig? Load(string root, DiagnosticBag diagnostics, Uri? baseUrlOverride = null, string environment = "production")
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(FileName, 1, 1),
                $"no {FileName} in {Path.GetFullPath(root)}",
                "run the command in the site's folder, pass --source DIR, or create a site with `trustsite new site DIR`");
            return null;
        }
        return Parse(File.ReadAllText(path), diagnostics, baseUrlOverride, environment);
    }

    public SiteConfig? Parse(string text, DiagnosticBag diagnostics, Uri? baseUrlOverride = null, string environment = "production")
    {
        var errorsBefore = diagnostics.ErrorCount;
        var source = new YamlSource(FileName, 1);
        var root = YamlDocumentParser.Parse(text.ReplaceLineEndings("\n"), source, DiagnosticCodes.ConfigSyntax, diagnostics, out var failed);
        if (failed)
        {
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(Code, root is null ? new SourceLocation(FileName, 1, 1) : source.LocationOf(root),
                $"{FileName} must be a mapping of settings, like 'title: My site'");
            return null;
        }
        PlaceholderLines.Warn(text, environment, diagnostics);
        var yaml = new YamlMapReader(EnvironmentOverrides.Apply(mapping, environment), source, diagnostics, Code);
        yaml.RejectUnknownKeys(TopLevelKeys, DiagnosticCodes.ConfigUnknownKey, FileName);

        var title = Required(yaml, "title", diagnostics);
        var baseUrl = baseUrlOverride ?? ReadBaseUrl(yaml, diagnostics);
        var languages = new LanguagesReader(diagnostics).Read(yaml);
        var rules = new ContentRulesReader(diagnostics);
        var contact = new ContactConfigReader(diagnostics, baseUrl).Read(yaml.Map("contact"));
        var config = new SiteConfig
        {
            Title = title ?? "",
            Description = yaml.String("description"),
            BaseUrl = baseUrl ?? new Uri("https://example.org/"),
            Languages = languages,
            Theme = yaml.String("theme") ?? "trust",
            TimeZone = ReadTimeZone(yaml, diagnostics),
            Author = ReadAuthor(yaml.Map("author"), diagnostics),
            Contact = contact,
            Newsletter = ReadNewsletter(yaml, diagnostics, baseUrl),
            Menus = new MenuReader(diagnostics).Read(yaml.Map("menus")),
            Markdown = ReadMarkdown(yaml.Map("markdown"), diagnostics),
            PageSize = ReadPageSize(yaml.Map("pagination"), diagnostics),
            Taxonomies = rules.Taxonomies(yaml),
            Permalinks = rules.Permalinks(yaml.Map("permalinks")),
            RelatedCount = rules.RelatedCount(yaml.Map("related")),
            Scripture = new ScriptureReader(diagnostics).Read(yaml.Map("scripture"), languages),
            Publishing = new PublishingReader(diagnostics).Read(yaml),
            Privacy = new PrivacyReader(diagnostics).Read(yaml),
            Analytics = new AnalyticsReader(diagnostics, baseUrl).Read(yaml),
            Crisis = new CrisisReader(diagnostics).Read(yaml, contact),
            QuickExit = new SafetyReader(diagnostics, baseUrl).Read(yaml),
            Practice = new PracticeReader(diagnostics).Read(yaml),
            Environment = environment,
            Params = yaml.NodeOf("params") is YamlMappingNode p ? YamlValueConverter.ToDictionary(p) : ImmutableDictionary<string, object?>.Empty,
            Locations = yaml.Entries.ToImmutableDictionary(e => e.Key, e => yaml.ValueLocationOf(e.Key), StringComparer.Ordinal),
        };
        if (yaml.NodeOf("params") is { } paramsNode and not YamlMappingNode)
        {
            yaml.WrongType("params", paramsNode, "a mapping of keys and values");
        }
        return diagnostics.ErrorCount > errorsBefore || title is null || baseUrl is null ? null : config;
    }

    private static string? Required(YamlMapReader yaml, string key, DiagnosticBag diagnostics)
    {
        var value = yaml.String(key);
        if (string.IsNullOrWhiteSpace(value) && !yaml.Has(key))
        {
            diagnostics.Error(DiagnosticCodes.ConfigRequired, yaml.Source.At(1, 1), $"{FileName} needs a '{key}'", $"add a line such as '{key}: ...'");
        }
        return value;
    }

    private static Uri? ReadBaseUrl(YamlMapReader yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.String("baseUrl");
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigRequired, yaml.Source.At(1, 1), $"{FileName} needs a 'baseUrl', the address the site is published at",
                "add a line such as 'baseUrl: https://example.org/'");
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("baseUrl"),
                $"'baseUrl' must be an http(s) address without query or fragment, got \"{text}\"", "for example https://example.org/ or https://example.org/ministry/");
            return null;
        }
        return NormalizeBaseUrl(uri);
    }

    /// <summary>Gives a base URL a trailing '/', so that relative resolution keeps its subpath.</summary>
    public static Uri NormalizeBaseUrl(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");

    private static TimeZoneInfo ReadTimeZone(YamlMapReader yaml, DiagnosticBag diagnostics)
    {
        var id = yaml.String("timezone");
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("timezone"), $"unknown time zone \"{id}\"",
            "use a name from the IANA time zone database, such as America/New_York");
        return TimeZoneInfo.Utc;
    }

    private static AuthorConfig ReadAuthor(YamlMapReader? yaml, DiagnosticBag diagnostics)
    {
        if (yaml is null)
        {
            return new AuthorConfig(null, null, null);
        }
        yaml.RejectUnknownKeys(["name", "bio", "image"], DiagnosticCodes.ConfigUnknownKey, "author");
        return new AuthorConfig(yaml.String("name"), yaml.String("bio"), UrlSetting.Read(yaml, "image", diagnostics));
    }

    private static NewsletterConfig ReadNewsletter(YamlMapReader site, DiagnosticBag diagnostics, Uri? baseUrl)
    {
        if (site.Map("newsletter") is not { } yaml)
        {
            diagnostics.Warning(DiagnosticCodes.FormNotConfigured, new SourceLocation(FileName, 1, 1),
                "no newsletter is configured, so the signup form is replaced by an email link",
                "add a 'newsletter:' section with a provider (buttondown, mailchimp, kit, mailerlite) or an action");
            return new NewsletterConfig(null, null);
        }
        var form = new FormEndpointReader(diagnostics, baseUrl).Read(yaml, "newsletter", FormPresets.Newsletter, ["email", "name", "honeypot"],
            ["pitch", "postalAddress"]);
        return new NewsletterConfig(form, yaml.String("pitch")) { PostalAddress = yaml.String("postalAddress") is { Length: > 0 } address ? address.Trim() : null };
    }

    private static MarkdownOptions ReadMarkdown(YamlMapReader? yaml, DiagnosticBag diagnostics)
    {
        if (yaml is null)
        {
            return MarkdownOptions.Default;
        }
        yaml.RejectUnknownKeys(["unsafe", "typographer", "toc", "tocMinHeadings", "headingAnchors"], DiagnosticCodes.ConfigUnknownKey, "markdown");
        var defaults = MarkdownOptions.Default;
        return new MarkdownOptions(yaml.Bool("unsafe") ?? defaults.Unsafe, yaml.Bool("typographer") ?? defaults.Typographer,
            yaml.Bool("toc") ?? defaults.Toc, yaml.Int("tocMinHeadings", 1, 100) ?? defaults.TocMinHeadings, yaml.Bool("headingAnchors") ?? defaults.HeadingAnchors);
    }

    private static int ReadPageSize(YamlMapReader? yaml, DiagnosticBag diagnostics)
    {
        if (yaml is null)
        {
            return 10;
        }
        yaml.RejectUnknownKeys(["size"], DiagnosticCodes.ConfigUnknownKey, "pagination");
        return yaml.Int("size", 1, 1000) ?? 10;
    }
}
