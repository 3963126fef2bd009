using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Scripture;
using TrustSite.Urls;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `scripture:`: whether Bible references become links, and the Bible site and version per language.</summary>
internal sealed class ScriptureReader(DiagnosticBag diagnostics)
{
    public const string DefaultPattern = "https://www.biblegateway.com/passage/?search={ref}&version={version}";

    private static readonly ImmutableDictionary<string, string> DefaultVersions =
        new Dictionary<string, string> { ["en"] = "NIV", ["es"] = "RVR1960", ["pt"] = "ARC", ["fr"] = "LSG", ["de"] = "LUTH1545" }.ToImmutableDictionary();

    public ScriptureOptions Read(YamlMapReader? yaml, ImmutableArray<LanguageConfig> languages)
    {
        if (yaml is null)
        {
            return ScriptureOptions.None;
        }
        yaml.RejectUnknownKeys(["enabled", .. languages.Select(l => l.Code)], DiagnosticCodes.ConfigUnknownKey, "scripture");
        var sites = ImmutableDictionary.CreateBuilder<string, ScriptureLinkPattern>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var map = yaml.Map(language.Code);
            map?.RejectUnknownKeys(["url", "version"], DiagnosticCodes.ConfigUnknownKey, $"scripture.{language.Code}");
            var pattern = map?.String("url") ?? DefaultPattern;
            if (!SafeUrl.IsAbsoluteHttp(pattern.Replace("{ref}", "x", StringComparison.Ordinal).Replace("{version}", "x", StringComparison.Ordinal)) || !pattern.Contains("{ref}", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, map!.ValueLocationOf("url"),
                    $"scripture.{language.Code}.url must be an http(s) address with {{ref}} where the reference goes", $"for example {DefaultPattern}");
                continue;
            }
            var version = map?.String("version") ?? DefaultVersions.GetValueOrDefault(language.Code.Split('-')[0]) ?? "NIV";
            sites[language.Code] = new ScriptureLinkPattern(pattern, version);
        }
        return yaml.Bool("enabled") == false ? ScriptureOptions.None : new ScriptureOptions(sites.ToImmutable());
    }
}
