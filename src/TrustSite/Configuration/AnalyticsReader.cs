using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `analytics: {provider: goatcounter, code: mysite}` (or plausible, umami): off when the block is absent.</summary>
/// <remarks>Only services that set no cookies are offered, so that counting visits needs no consent banner and keeps no visitor
/// recognisable from one visit to the next.</remarks>
internal sealed class AnalyticsReader(DiagnosticBag diagnostics, Uri? baseUrl)
{
    public const string Key = "analytics";

    private static readonly string[] Providers = ["goatcounter", "plausible", "umami"];

    public AnalyticsConfig? Read(YamlMapReader site)
    {
        if (site.Map(Key) is not { } yaml)
        {
            return null;
        }
        yaml.RejectUnknownKeys(["provider", "code", "domain", "script", "endpoint"], DiagnosticCodes.ConfigUnknownKey, Key);
        var provider = yaml.String("provider")?.Trim().ToLowerInvariant();
        if (provider is null)
        {
            diagnostics.Error(DiagnosticCodes.AnalyticsSettingMissing, site.LocationOf(Key), "analytics needs a 'provider'",
                $"choose one of {string.Join(", ", Providers)}, or remove the analytics block to count nothing");
            return null;
        }
        if (!Providers.Contains(provider, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.AnalyticsProviderUnknown, yaml.ValueLocationOf("provider"), $"unknown analytics provider \"{provider}\"",
                DidYouMean.Hint(provider, Providers) ?? $"TrustSite offers the cookieless services {string.Join(", ", Providers)}");
            return null;
        }
        var script = Https(yaml, "script");
        var endpoint = Https(yaml, "endpoint");
        if (script is { Ok: false } || endpoint is { Ok: false })
        {
            return null;
        }
        var code = yaml.String("code")?.Trim();
        var location = site.LocationOf(Key);
        switch (provider)
        {
            case "goatcounter":
                if (string.IsNullOrEmpty(code) && endpoint is null)
                {
                    Missing(yaml, "code", "GoatCounter's site code, the first part of https://CODE.goatcounter.com");
                    return null;
                }
                var count = endpoint?.Url ?? $"https://{code}.goatcounter.com/count";
                if (!Uri.TryCreate(count, UriKind.Absolute, out _))
                {
                    diagnostics.Error(DiagnosticCodes.AnalyticsAddressInvalid, yaml.ValueLocationOf("code"), $"\"{code}\" is not a GoatCounter site code",
                        "write the code alone, letters, digits and dashes, as in https://CODE.goatcounter.com");
                    return null;
                }
                return new AnalyticsConfig(provider, script?.Url ?? "https://gc.zgo.at/count.js", count, [new("data-goatcounter", count)], location);
            case "plausible":
                var domain = yaml.String("domain")?.Trim() ?? baseUrl?.Host ?? "";
                var plausibleScript = script?.Url ?? "https://plausible.io/js/script.js";
                var events = endpoint?.Url ?? new Uri(new Uri(plausibleScript), "/api/event").AbsoluteUri;
                return new AnalyticsConfig(provider, plausibleScript, events,
                    [new("data-domain", domain), .. endpoint is null ? Array.Empty<KeyValuePair<string, string>>() : [new("data-api", events)]], location);
            default:
                if (string.IsNullOrEmpty(code))
                {
                    Missing(yaml, "code", "the website id Umami shows in its tracking code (data-website-id)");
                    return null;
                }
                var umamiScript = script?.Url ?? "https://cloud.umami.is/script.js";
                var host = endpoint?.Url ?? new Uri(umamiScript).GetLeftPart(UriPartial.Authority);
                // data-host-url names where counts go, so that the policy and the audit know the host rather than guess it.
                return new AnalyticsConfig(provider, umamiScript, host, [new("data-website-id", code), new("data-host-url", host.TrimEnd('/'))], location);
        }
    }

    private void Missing(YamlMapReader yaml, string key, string what) =>
        diagnostics.Error(DiagnosticCodes.AnalyticsSettingMissing, yaml.ValueLocationOf("provider"), $"analytics with {yaml.String("provider")} needs '{key}'",
            $"add '{key}: ...' under analytics: {what}");

    /// <summary>An address that must be https, since a counting script loaded over http could be replaced on the way.</summary>
    private (bool Ok, string Url)? Https(YamlMapReader yaml, string key)
    {
        if (yaml.String(key)?.Trim() is not { } text)
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return (true, uri.AbsoluteUri);
        }
        diagnostics.Error(DiagnosticCodes.AnalyticsAddressInvalid, yaml.ValueLocationOf(key), $"analytics.{key} must be an https address, got \"{text}\"",
            "a script or count sent over plain http can be read and changed on the way; use the https address the service gives");
        return (false, text);
    }
}
