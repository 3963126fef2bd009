using System.Collections.Immutable;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Templating;

/// <summary>The theme's interface text by language, from i18n/en.yml, i18n/es.yml...; a child theme's keys win over its parent's.</summary>
public sealed record ThemeStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> ByLanguage)
{
    public static ThemeStrings Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public string? Find(string language, string key) =>
        ByLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;

    public static ThemeStrings Load(ImmutableArray<ThemeFolder> chain, DiagnosticBag diagnostics)
    {
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var theme in chain.Reverse())
        {
            var folder = Path.Combine(theme.FullPath, "i18n");
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            {
                var language = Path.GetFileNameWithoutExtension(file);
                var sitePath = $"{theme.SitePath}/i18n/{Path.GetFileName(file)}";
                var text = SourceTextReader.Read(file, sitePath, diagnostics);
                var root = text is null ? null : YamlDocumentParser.Parse(text, new YamlSource(sitePath, 1), DiagnosticCodes.ThemeConfig, diagnostics, out _);
                if (root is not YamlMappingNode mapping)
                {
                    continue;
                }
                if (!languages.TryGetValue(language, out var strings))
                {
                    languages[language] = strings = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                Flatten(mapping, "", strings);
            }
        }
        return new ThemeStrings(languages.ToImmutableDictionary(l => l.Key, l => l.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, Dictionary<string, string> strings)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }
            switch (value)
            {
                case YamlScalarNode { Value: { } text }:
                    strings[prefix + name] = text;
                    break;
                case YamlMappingNode nested:
                    Flatten(nested, prefix + name + ".", strings);
                    break;
            }
        }
    }
}
