using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads a form's settings: a provider preset with its account settings, or a generic action with its field names.</summary>
internal sealed class FormEndpointReader(DiagnosticBag diagnostics, Uri? baseUrl)
{
    private static readonly string[] CommonKeys = ["provider", "action", "method", "fields", "hidden", "thankYou"];

    public FormEndpoint? Read(YamlMapReader yaml, string where, ImmutableDictionary<string, FormPreset> presets, string[] roles, string[] extraKeys)
    {
        var settingKeys = presets.Values.SelectMany(p => p.Settings).Append("name").Distinct(StringComparer.Ordinal);
        yaml.RejectUnknownKeys([.. CommonKeys, .. settingKeys, .. extraKeys], DiagnosticCodes.ConfigUnknownKey, where);
        var providerName = yaml.String("provider") ?? "generic";
        FormPreset? preset = null;
        if (providerName != "generic" && !presets.TryGetValue(providerName, out preset))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("provider"), $"unknown {where} provider \"{providerName}\"",
                DidYouMean.Hint(providerName, presets.Keys) ?? $"providers: {string.Join(", ", presets.Keys.Order(StringComparer.Ordinal))}, generic");
            return null;
        }
        var settings = ReadSettings(yaml, where, preset);
        var thankYou = UrlSetting.Read(yaml, "thankYou", diagnostics);
        var action = UrlSetting.Read(yaml, "action", diagnostics) ?? (preset is not null && settings is not null ? preset.Action(settings, thankYou) : null);
        if (action is null)
        {
            if (preset is null && !yaml.Has("action"))
            {
                diagnostics.Error(DiagnosticCodes.ConfigRequired, yaml.Source.LocationOf(yaml.Node),
                    $"{where} needs a 'provider' ({string.Join(", ", presets.Keys.Order(StringComparer.Ordinal))}) or an 'action': the address the form is sent to");
            }
            return null;
        }
        var method = (yaml.String("method") ?? "post").ToLowerInvariant();
        if (method is not ("post" or "get"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("method"), $"'method' must be post or get, got \"{method}\"");
        }
        var fields = ReadFields(yaml, where, preset?.Fields(settings!) ?? FormPresets.GenericFields(roles), roles);
        // Services that redirect from a hidden field need the thank-you page's full address.
        var absoluteThankYou = thankYou is not null && baseUrl is not null && thankYou.StartsWith('/') ? new Uri(baseUrl, thankYou.TrimStart('/')).AbsoluteUri : thankYou;
        var hidden = (preset?.Hidden(settings!, absoluteThankYou) ?? []).AddRange(ReadHidden(yaml));
        return new FormEndpoint(providerName, action, method, fields, hidden, preset?.FormAttributes(settings!) ?? [], thankYou,
            preset?.ThankYouHowTo);
    }

    private Dictionary<string, string>? ReadSettings(YamlMapReader yaml, string where, FormPreset? preset)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.String("name") is { } formName)
        {
            settings["name"] = formName;
        }
        if (preset is null)
        {
            return settings;
        }
        var complete = true;
        foreach (var key in preset.Settings)
        {
            var value = yaml.String(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Error(DiagnosticCodes.ConfigRequired, yaml.ValueLocationOf("provider"),
                    $"{where} provider \"{preset.Name}\" needs '{key}'", $"add '{key}: ...' under {where}; the {preset.Name} form's embed code shows it");
                complete = false;
                continue;
            }
            settings[key] = value.Trim();
        }
        return complete ? settings : null;
    }

    private ImmutableDictionary<string, string> ReadFields(YamlMapReader yaml, string where, ImmutableDictionary<string, string> fields, string[] roles)
    {
        if (yaml.Map("fields") is not { } map)
        {
            return fields;
        }
        map.RejectUnknownKeys(roles, DiagnosticCodes.ConfigUnknownKey, $"{where}.fields");
        foreach (var role in roles)
        {
            if (map.String(role) is { } name)
            {
                fields = fields.SetItem(role, name);
            }
        }
        return fields;
    }

    private static ImmutableArray<KeyValuePair<string, string>> ReadHidden(YamlMapReader yaml)
    {
        var hidden = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        if (yaml.Map("hidden") is { } map)
        {
            foreach (var (key, _) in map.Entries)
            {
                hidden.Add(new(key, map.String(key) ?? ""));
            }
        }
        return hidden.ToImmutable();
    }
}
