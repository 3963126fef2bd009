using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `practice: {disclaimer, licensure: {type, number, states}, noSurprisesAct: {enabled}}`; each notice is absent until configured.</summary>
internal sealed class PracticeReader(DiagnosticBag diagnostics)
{
    public const string Key = "practice";

    public PracticeConfig Read(YamlMapReader site)
    {
        if (site.Map(Key) is not { } yaml)
        {
            return PracticeConfig.None;
        }
        yaml.RejectUnknownKeys(["disclaimer", "licensure", "noSurprisesAct"], DiagnosticCodes.ConfigUnknownKey, Key);
        var (showDisclaimer, disclaimerText) = ReadDisclaimer(yaml);
        var licensure = yaml.Map("licensure") is { } licensureYaml ? ReadLicensure(licensureYaml, yaml.LocationOf("licensure")) : null;
        var noSurprises = false;
        if (yaml.Map("noSurprisesAct") is { } noSurprisesYaml)
        {
            noSurprisesYaml.RejectUnknownKeys(["enabled"], DiagnosticCodes.ConfigUnknownKey, "practice.noSurprisesAct");
            noSurprises = noSurprisesYaml.Bool("enabled") ?? true;
        }
        return new PracticeConfig(showDisclaimer, disclaimerText, licensure, noSurprises);
    }

    /// <summary>`disclaimer: true` uses the theme's wording in each language; a sentence of one's own replaces it.</summary>
    private static (bool Show, string? Text) ReadDisclaimer(YamlMapReader yaml)
    {
        var text = yaml.String("disclaimer");
        return text?.Trim() switch
        {
            null or "" => (false, null),
            var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => (true, null),
            var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => (false, null),
            var t => (true, t),
        };
    }

    private LicensureConfig? ReadLicensure(YamlMapReader yaml, SourceLocation where)
    {
        yaml.RejectUnknownKeys(["type", "number", "states"], DiagnosticCodes.ConfigUnknownKey, "practice.licensure");
        var type = yaml.String("type");
        var number = yaml.String("number");
        var states = yaml.StringList("states");
        var complete = true;
        foreach (var (key, value) in new[] { ("type", type), ("number", number) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Error(DiagnosticCodes.LicensureIncomplete, yaml.Has(key) ? yaml.ValueLocationOf(key) : where,
                    $"practice.licensure needs a '{key}'",
                    key == "type" ? "write the license as readers know it, like 'Licensed Marriage and Family Therapist (LMFT)'" : "write the license number as the state board shows it");
                complete = false;
            }
        }
        if (states.IsEmpty)
        {
            diagnostics.Error(DiagnosticCodes.LicensureIncomplete, yaml.Has("states") ? yaml.ValueLocationOf("states") : where,
                "practice.licensure needs the 'states' the license is valid in", "write them as two-letter codes, like [FL] or [FL, GA]");
            complete = false;
        }
        foreach (var state in states.Where(s => s.Length != 2 || !s.All(char.IsAsciiLetter)))
        {
            diagnostics.Error(DiagnosticCodes.LicensureIncomplete, yaml.ValueLocationOf("states"), $"\"{state}\" in practice.licensure.states is not a two-letter state code",
                "write the state as the post office does, like FL");
            complete = false;
        }
        return complete ? new LicensureConfig(type!.Trim(), number!.Trim(), [.. states.Select(s => s.ToUpperInvariant())]) : null;
    }
}
