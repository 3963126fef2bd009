using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `language:` (the default) and `languages:` (each language's name, title and menus).</summary>
internal sealed partial class LanguagesReader(DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Español", ["pt"] = "Português", ["fr"] = "Français", ["de"] = "Deutsch", ["it"] = "Italiano",
    };

    public ImmutableArray<LanguageConfig> Read(YamlMapReader site)
    {
        var defaultCode = site.String("language") ?? "en";
        if (!IsCode(defaultCode))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, site.ValueLocationOf("language"), $"\"{defaultCode}\" is not a language code", "use a code such as en, es or pt-BR");
            defaultCode = "en";
        }
        var languages = new List<LanguageConfig>();
        var map = site.Map("languages");
        if (map is not null)
        {
            foreach (var (code, _) in map.Entries)
            {
                if (!IsCode(code))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, map.LocationOf(code), $"\"{code}\" is not a language code", "use a code such as en, es or pt-BR");
                    continue;
                }
                languages.Add(ReadOne(code, map.Map(code), isDefault: code == defaultCode));
            }
            if (!languages.Any(l => l.Code == defaultCode))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, site.ValueLocationOf("language"),
                    $"the default language \"{defaultCode}\" is not one of 'languages'", $"languages: {string.Join(", ", languages.Select(l => l.Code))}");
            }
        }
        if (languages.Count == 0)
        {
            languages.Add(ReadOne(defaultCode, null, isDefault: true));
        }
        // The default language first, the others in the order the author listed them.
        return [.. languages.OrderBy(l => l.IsDefault ? 0 : 1)];
    }

    private LanguageConfig ReadOne(string code, YamlMapReader? yaml, bool isDefault)
    {
        yaml?.RejectUnknownKeys(["name", "title", "description", "menus"], DiagnosticCodes.ConfigUnknownKey, $"languages.{code}");
        var name = yaml?.String("name") ?? KnownNames.GetValueOrDefault(code.Split('-')[0]) ?? code;
        var menus = yaml?.Map("menus") is { } menuMap ? new MenuReader(diagnostics).Read(menuMap) : null;
        return new LanguageConfig(code, name, yaml?.String("title"), yaml?.String("description"), menus, isDefault ? "" : "/" + code.ToLowerInvariant());
    }

    private static bool IsCode(string code) => LanguageCode().IsMatch(code);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
