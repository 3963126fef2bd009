using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Content;

/// <summary>Turns a front matter block into typed <see cref="FrontMatter"/>, reporting every bad value at its line.</summary>
public sealed class FrontMatterParser(TimeZoneInfo zone, ImmutableArray<string> taxonomies)
{
    public FrontMatterParser(TimeZoneInfo zone) : this(zone, ["tags", "categories", "series"])
    {
    }

    public static readonly ImmutableArray<string> KnownKeys =
    [
        "title", "date", "lastmod", "publishDate", "expiryDate", "draft", "slug", "url", "aliases", "summary",
        "description", "tags", "categories", "series", "author", "image", "weight", "layout", "translationKey", "toc", "scripture", "noindex",
        "crisis", "content_warning", "params",
    ];

    // Keys Jekyll users write, read as their TrustSite equivalents so imported posts build unchanged.
    internal static readonly ImmutableArray<string> JekyllKeys = ["permalink", "excerpt", "published"];

    private const string Code = DiagnosticCodes.FrontMatterType;

    public FrontMatter? Parse(string yamlText, string sitePath, int yamlFirstLine, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(sitePath, yamlFirstLine);
        var root = YamlDocumentParser.Parse(yamlText, source, DiagnosticCodes.FrontMatterSyntax, diagnostics, out var failed);
        if (failed)
        {
            return null;
        }
        if (root is null)
        {
            return FrontMatter.Empty;
        }
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(Code, source.LocationOf(root), "front matter must be keys and values, like 'title: My article'");
            return null;
        }
        var errorsBefore = diagnostics.ErrorCount;
        var yaml = new YamlMapReader(mapping, source, diagnostics, Code);
        var result = new FrontMatter
        {
            Title = yaml.String("title"),
            Date = ReadDate(yaml, "date", diagnostics),
            Lastmod = ReadDate(yaml, "lastmod", diagnostics),
            PublishDate = ReadDate(yaml, "publishDate", diagnostics),
            ExpiryDate = ReadDate(yaml, "expiryDate", diagnostics),
            Draft = (yaml.Bool("draft") ?? false) || yaml.Bool("published") == false,
            Slug = ReadPath(yaml, "slug", diagnostics),
            Url = ReadPath(yaml, "url", diagnostics) ?? ReadPath(yaml, "permalink", diagnostics),
            Aliases = ReadAliases(yaml, diagnostics),
            // An empty summary, as new articles start with, means "none yet": lists then use the article's first words.
            Summary = NonBlank(yaml.String("summary")) ?? NonBlank(yaml.String("excerpt")),
            Description = yaml.String("description"),
            Tags = yaml.StringList("tags"),
            Categories = yaml.StringList("categories"),
            Series = yaml.StringList("series"),
            Author = yaml.String("author"),
            Image = ReadUrl(yaml, "image", diagnostics),
            Weight = yaml.Int("weight") ?? 0,
            Layout = ReadLayout(yaml, diagnostics),
            TranslationKey = yaml.String("translationKey"),
            Toc = yaml.Bool("toc"),
            Scripture = yaml.Bool("scripture"),
            NoIndex = yaml.Bool("noindex") ?? false,
            Crisis = yaml.Bool("crisis") ?? false,
            ContentWarning = NonBlank(yaml.String("content_warning"))?.Trim(),
            OtherTerms = taxonomies.Where(t => !KnownKeys.Contains(t, StringComparer.OrdinalIgnoreCase))
                .ToImmutableDictionary(t => t, t => yaml.StringList(t), StringComparer.Ordinal),
            Params = ReadParams(yaml),
            CustomKeys = ReadCustomKeys(yaml),
            Locations = ReadLocations(yaml),
        };
        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }

    private DateTimeOffset? ReadDate(YamlMapReader yaml, string key, DiagnosticBag diagnostics)
    {
        var text = yaml.String(key);
        if (text is null)
        {
            return null;
        }
        if (DateParser.TryParse(text, zone, out var date))
        {
            return date;
        }
        diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.ValueLocationOf(key), $"'{key}' is not a valid date: \"{text}\" ({DateParser.Describe(text)})", DateParser.Hint);
        return null;
    }

    private static string? ReadPath(YamlMapReader yaml, string key, DiagnosticBag diagnostics)
    {
        var text = yaml.String(key);
        if (text is null)
        {
            return null;
        }
        if (SitePath.Problem(text) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.UnsafePath, yaml.ValueLocationOf(key), $"'{key}' \"{text}\" cannot be used: {problem}",
                key == "slug" ? "a slug is words joined by '-', like forgiveness-and-trust" : "write a plain path from the site's root, like /contact/thanks/");
            return null;
        }
        if (key == "slug" && text.Contains('/'))
        {
            diagnostics.Error(DiagnosticCodes.UnsafePath, yaml.ValueLocationOf(key), $"'slug' \"{text}\" contains '/'",
                "a slug is one part of the address; use 'url' to give the whole address");
            return null;
        }
        return text.Trim();
    }

    private static ImmutableArray<string> ReadAliases(YamlMapReader yaml, DiagnosticBag diagnostics)
    {
        var aliases = yaml.StringList("aliases");
        foreach (var alias in aliases)
        {
            if (SitePath.Problem(alias) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, yaml.ValueLocationOf("aliases"), $"alias \"{alias}\" cannot be used: {problem}",
                    "an alias is an old address as a plain path from the site's root, like /2023/05/old-post/; one with a query (?p=123) needs a rule on the web host");
            }
        }
        return aliases;
    }

    private static string? ReadUrl(YamlMapReader yaml, string key, DiagnosticBag diagnostics)
    {
        var text = yaml.String(key);
        if (text is not null && !SafeUrl.IsAllowed(text))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalidValue, yaml.ValueLocationOf(key), $"'{key}' has an unsafe URL \"{text}\"", SafeUrl.Explanation);
            return null;
        }
        return text;
    }

    private static string? ReadLayout(YamlMapReader yaml, DiagnosticBag diagnostics)
    {
        var layout = yaml.String("layout");
        if (layout is not null && (layout.Length == 0 || !layout.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalidValue, yaml.ValueLocationOf("layout"),
                $"'layout' must be a layout's name, like 'article', got \"{layout}\"", "a layout's name is its file in the theme's layouts/ folder, without .html");
            return null;
        }
        return layout;
    }

    /// <summary>The values templates read as page.params: every key TrustSite does not know, then those under `params:` (Hugo's way), which win.</summary>
    private ImmutableDictionary<string, object?> ReadParams(YamlMapReader yaml)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in yaml.Entries.Where(e => IsCustom(e.Key)))
        {
            builder[name] = YamlValueConverter.ToValue(value);
        }
        if (yaml.Map("params") is { } nested)
        {
            foreach (var (name, value) in nested.Entries)
            {
                builder[name] = YamlValueConverter.ToValue(value);
            }
        }
        return builder.ToImmutable();
    }

    private ImmutableDictionary<string, SourceLocation> ReadCustomKeys(YamlMapReader yaml) =>
        yaml.Entries.Where(e => IsCustom(e.Key)).DistinctBy(e => e.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(e => e.Key, e => yaml.LocationOf(e.Key), StringComparer.Ordinal);

    private bool IsCustom(string key) => !IsKnown(key) && !taxonomies.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static ImmutableDictionary<string, SourceLocation> ReadLocations(YamlMapReader yaml)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _) in yaml.Entries)
        {
            builder[key] = yaml.ValueLocationOf(key);
        }
        return builder.ToImmutable();
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool IsKnown(string key) =>
        KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase) || JekyllKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
}
