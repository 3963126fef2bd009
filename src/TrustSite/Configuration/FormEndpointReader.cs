using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads a form's endpoint: the action URL, the method, the service's field names, hidden fields and the thank-you page.</summary>
internal sealed class FormEndpointReader(DiagnosticBag diagnostics)
{
    private static readonly string[] Keys = ["action", "method", "fields", "hidden", "thankYou"];

    public FormEndpoint? Read(YamlMapReader yaml, string where, string[] extraKeys, string[] defaultRoles)
    {
        yaml.RejectUnknownKeys([.. Keys, .. extraKeys], DiagnosticCodes.ConfigUnknownKey, where);
        var action = UrlSetting.Read(yaml, "action", diagnostics);
        if (action is null)
        {
            if (!yaml.Has("action"))
            {
                diagnostics.Error(DiagnosticCodes.ConfigRequired, yaml.Source.LocationOf(yaml.Node), $"{where} needs an 'action': the address the form is sent to");
            }
            return null;
        }
        var method = (yaml.String("method") ?? "post").ToLowerInvariant();
        if (method is not ("post" or "get"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf("method"), $"'method' must be post or get, got \"{method}\"");
        }
        var fields = defaultRoles.ToImmutableDictionary(r => r, r => r, StringComparer.Ordinal);
        if (yaml.Map("fields") is { } fieldMap)
        {
            fieldMap.RejectUnknownKeys(defaultRoles, DiagnosticCodes.ConfigUnknownKey, $"{where}.fields");
            foreach (var role in defaultRoles)
            {
                if (fieldMap.String(role) is { } name)
                {
                    fields = fields.SetItem(role, name);
                }
            }
        }
        var hidden = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        if (yaml.Map("hidden") is { } hiddenMap)
        {
            foreach (var (key, _) in hiddenMap.Entries)
            {
                hidden.Add(new(key, hiddenMap.String(key) ?? ""));
            }
        }
        return new FormEndpoint("generic", action, method, fields, hidden.ToImmutable(), UrlSetting.Read(yaml, "thankYou", diagnostics));
    }
}
