using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Templating;

/// <summary>Resolves a theme and its parents (theme.yml `extends:`), then parses each layout and partial once.</summary>
public sealed class ThemeLoader
{
    public const string FolderName = "themes";
    private const int MaxChain = 8;

    public Theme? Load(string siteRoot, SiteConfig config, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var chain = ResolveChain(siteRoot, config.Theme, config.LocationOf("theme"), diagnostics);
        if (chain.IsDefaultOrEmpty)
        {
            return null;
        }
        var layouts = LoadTemplates(chain, "layouts", recursive: false, diagnostics);
        var partials = LoadTemplates(chain, "partials", recursive: true, diagnostics);
        var shortcodes = LoadTemplates(chain, "shortcodes", recursive: false, diagnostics);
        CheckLayoutParents(layouts, diagnostics);
        var assets = CollectAssets(chain);
        var strings = ThemeStrings.Load(chain, diagnostics);
        return diagnostics.ErrorCount > errorsBefore ? null : new Theme(chain, layouts, partials, assets, strings, shortcodes);
    }

    /// <summary>The theme and its parents, child first; empty after reporting a missing theme or a loop.</summary>
    internal static ImmutableArray<ThemeFolder> ResolveChain(string siteRoot, string name, SourceLocation origin, DiagnosticBag diagnostics)
    {
        var chain = ImmutableArray.CreateBuilder<ThemeFolder>();
        var current = name;
        var location = origin;
        while (current is not null)
        {
            if (!IsValidName(current))
            {
                diagnostics.Error(DiagnosticCodes.ThemeMissing, location, $"\"{current}\" is not a theme name", "a theme is a folder in themes/, named with letters, digits, '-' and '_'");
                return [];
            }
            if (chain.Any(t => t.Name == current) || chain.Count >= MaxChain)
            {
                diagnostics.Error(DiagnosticCodes.ThemeConfig, location, $"themes extend each other in a loop: {string.Join(" -> ", chain.Select(t => t.Name))} -> {current}");
                return [];
            }
            var sitePath = $"{FolderName}/{current}";
            var full = Path.Combine(siteRoot, FolderName, current);
            if (!Directory.Exists(full))
            {
                var available = Directory.Exists(Path.Combine(siteRoot, FolderName))
                    ? Directory.GetDirectories(Path.Combine(siteRoot, FolderName)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
                    : [];
                diagnostics.Error(DiagnosticCodes.ThemeMissing, location, $"theme \"{current}\" not found: there is no folder {sitePath}/",
                    DidYouMean.Hint(current, available) ?? (available.Length > 0 ? $"themes here: {string.Join(", ", available)}" : "copy a theme into themes/"));
                return [];
            }
            chain.Add(new ThemeFolder(current, full, sitePath));
            (current, location) = ReadExtends(full, sitePath, diagnostics);
        }
        return chain.ToImmutable();
    }

    private static (string? Parent, SourceLocation Location) ReadExtends(string themePath, string sitePath, DiagnosticBag diagnostics)
    {
        var manifestPath = Path.Combine(themePath, "theme.yml");
        var manifestSitePath = $"{sitePath}/theme.yml";
        if (!File.Exists(manifestPath))
        {
            return (null, default);
        }
        var source = new YamlSource(manifestSitePath, 1);
        var text = SourceTextReader.Read(manifestPath, manifestSitePath, diagnostics);
        var root = text is null ? null : YamlDocumentParser.Parse(text, source, DiagnosticCodes.ThemeConfig, diagnostics, out _);
        if (root is not YamlMappingNode mapping)
        {
            return (null, default);
        }
        var yaml = new YamlMapReader(mapping, source, diagnostics, DiagnosticCodes.ThemeConfig);
        yaml.RejectUnknownKeys(["name", "description", "extends", "author", "license"], DiagnosticCodes.ThemeConfig, "theme.yml");
        return (yaml.String("extends"), yaml.ValueLocationOf("extends"));
    }

    private static ImmutableDictionary<string, ThemeTemplate> LoadTemplates(ImmutableArray<ThemeFolder> chain, string folder, bool recursive, DiagnosticBag diagnostics)
    {
        // The child's file wins over its parent's: collect the winners first, so an overridden file is never parsed.
        var winners = new SortedDictionary<string, (string FullPath, string SitePath)>(StringComparer.Ordinal);
        foreach (var theme in chain.Reverse())
        {
            var directory = Path.Combine(theme.FullPath, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }
            var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
            foreach (var file in Directory.EnumerateFiles(directory, "*.html", option))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                var name = recursive ? relative : Path.GetFileNameWithoutExtension(relative);
                winners[name] = (file, $"{theme.SitePath}/{folder}/{relative}");
            }
        }
        var templates = ImmutableDictionary.CreateBuilder<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var (name, (fullPath, sitePath)) in winners)
        {
            if (Parse(name, fullPath, sitePath, diagnostics) is { } template)
            {
                templates[name] = template;
            }
        }
        return templates.ToImmutable();
    }

    private static ThemeTemplate? Parse(string name, string fullPath, string sitePath, DiagnosticBag diagnostics)
    {
        var text = SourceTextReader.Read(fullPath, sitePath, diagnostics);
        if (text is null)
        {
            return null;
        }
        var block = FrontMatterSplitter.Split(text, sitePath, diagnostics);
        if (block is null)
        {
            return null;
        }
        var parent = block.Yaml is null ? null : ReadLayoutFrontMatter(block, sitePath, diagnostics);
        var body = block.Body;
        var template = Template.Parse(body, sitePath, new ParserOptions(), new LexerOptions { Mode = ScriptMode.Default });
        var offset = block.BodyFirstLine - 1;
        if (template.HasErrors)
        {
            var lastLine = offset + body.Count(c => c == '\n') + 1;
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(TemplateErrors.Diagnose(message, body, offset, sitePath, lastLine));
            }
            return null;
        }
        return new ThemeTemplate(name, sitePath, template, offset, parent);
    }

    private static string? ReadLayoutFrontMatter(FrontMatterBlock block, string sitePath, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(sitePath, block.YamlFirstLine);
        var root = YamlDocumentParser.Parse(block.Yaml!, source, DiagnosticCodes.TemplateSyntax, diagnostics, out _);
        if (root is not YamlMappingNode mapping)
        {
            return null;
        }
        var yaml = new YamlMapReader(mapping, source, diagnostics, DiagnosticCodes.TemplateSyntax);
        yaml.RejectUnknownKeys(["layout"], DiagnosticCodes.TemplateSyntax, "a layout's front matter");
        return yaml.String("layout");
    }

    private static void CheckLayoutParents(ImmutableDictionary<string, ThemeTemplate> layouts, DiagnosticBag diagnostics)
    {
        foreach (var layout in layouts.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            var seen = new List<string> { layout.Name };
            for (var current = layout; current.Parent is { } parent; current = layouts[parent])
            {
                if (!layouts.ContainsKey(parent))
                {
                    diagnostics.Error(DiagnosticCodes.LayoutChain, new SourceLocation(current.SitePath, 2, 1),
                        $"layout \"{current.Name}\" is wrapped in layout \"{parent}\", which no theme has",
                        DidYouMean.Hint(parent, layouts.Keys) ?? $"layouts: {string.Join(", ", layouts.Keys.Order(StringComparer.Ordinal))}");
                    break;
                }
                if (seen.Contains(parent))
                {
                    diagnostics.Error(DiagnosticCodes.LayoutChain, new SourceLocation(layout.SitePath, 2, 1),
                        $"layouts wrap each other in a loop: {string.Join(" -> ", seen)} -> {parent}");
                    break;
                }
                seen.Add(parent);
            }
        }
    }

    private static ImmutableArray<ThemeAsset> CollectAssets(ImmutableArray<ThemeFolder> chain)
    {
        var winners = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        foreach (var theme in chain.Reverse())
        {
            var directory = Path.Combine(theme.FullPath, "assets");
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint }))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                winners[relative] = new ThemeAsset(file, $"{theme.SitePath}/assets/{relative}", "/" + relative);
            }
        }
        return [.. winners.Values];
    }

    private static bool IsValidName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name is not ("." or "..");
}
