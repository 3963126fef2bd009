using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `safety: {quickExit: {enabled, url}}`; the quick exit is off until enabled, and leads to a neutral https site.</summary>
internal sealed class SafetyReader(DiagnosticBag diagnostics, Uri? baseUrl)
{
    public const string Key = "safety";

    public QuickExitConfig Read(YamlMapReader site)
    {
        if (site.Map(Key) is not { } yaml)
        {
            return QuickExitConfig.Off;
        }
        yaml.RejectUnknownKeys(["quickExit"], DiagnosticCodes.ConfigUnknownKey, Key);
        if (yaml.Map("quickExit") is not { } quickExit)
        {
            return QuickExitConfig.Off;
        }
        quickExit.RejectUnknownKeys(["enabled", "url"], DiagnosticCodes.ConfigUnknownKey, "safety.quickExit");
        var url = ReadUrl(quickExit) ?? QuickExitConfig.DefaultUrl;
        return new QuickExitConfig(quickExit.Bool("enabled") ?? false, url);
    }

    private string? ReadUrl(YamlMapReader yaml)
    {
        var text = UrlSetting.Read(yaml, "url", diagnostics);
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            diagnostics.Error(DiagnosticCodes.QuickExitUrlInvalid, yaml.ValueLocationOf("url"), $"'url' of the quick exit must be an https address, got \"{text}\"",
                $"use a neutral site, like {QuickExitConfig.DefaultUrl}");
            return null;
        }
        // Leaving for a page of the site itself would keep the visitor exactly where they should not be seen.
        if (baseUrl is not null && string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.QuickExitUrlInvalid, yaml.ValueLocationOf("url"), $"the quick exit leads back to this site ({uri.Host})",
                $"use another, neutral site, like {QuickExitConfig.DefaultUrl}");
            return null;
        }
        return uri.AbsoluteUri;
    }
}
