using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads a URL-valued setting and refuses schemes that could run script in a visitor's browser.</summary>
internal static class UrlSetting
{
    public static string? Read(YamlMapReader yaml, string key, DiagnosticBag diagnostics)
    {
        var value = yaml.String(key);
        if (value is null)
        {
            return null;
        }
        if (!SafeUrl.IsAllowed(value))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf(key), $"'{key}' has an unsafe URL \"{value}\"", SafeUrl.Explanation);
            return null;
        }
        return value.Trim();
    }
}
