using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads `feeds:`, `seo:`, `minify:`, `cname:` and `headers:`.</summary>
internal sealed class PublishingReader(DiagnosticBag diagnostics)
{
    public PublishingConfig Read(YamlMapReader site)
    {
        var defaults = PublishingConfig.Default;
        var feeds = site.Map("feeds");
        feeds?.RejectUnknownKeys(["count", "fullContent", "terms"], DiagnosticCodes.ConfigUnknownKey, "feeds");
        var seo = site.Map("seo");
        seo?.RejectUnknownKeys(["image", "titlePattern", "twitter"], DiagnosticCodes.ConfigUnknownKey, "seo");
        var headers = site.Map("headers");
        headers?.RejectUnknownKeys(["allow"], DiagnosticCodes.ConfigUnknownKey, "headers");
        var titlePattern = seo?.String("titlePattern") ?? defaults.TitlePattern;
        if (!titlePattern.Contains("{title}", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, seo!.ValueLocationOf("titlePattern"), "'titlePattern' must contain {title}",
                "for example \"{title} · {site}\"");
        }
        var cname = site.String("cname");
        if (cname is not null && (cname.Contains('/') || cname.Contains(':') || !cname.Contains('.')))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, site.ValueLocationOf("cname"), $"'cname' must be a domain such as www.example.org, got \"{cname}\"");
            cname = null;
        }
        var allow = headers?.StringList("allow") ?? [];
        foreach (var host in allow.Where(h => !SafeUrl.IsAbsoluteHttp(h)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, headers!.ValueLocationOf("allow"), $"\"{host}\" is not an http(s) address", "write the origin, like https://example.org");
        }
        return new PublishingConfig(
            feeds?.Int("count", 1, 1000) ?? defaults.FeedCount,
            feeds?.Bool("fullContent") ?? defaults.FeedFullContent,
            feeds?.Bool("terms") ?? defaults.TermFeeds,
            seo is null ? null : UrlSetting.Read(seo, "image", diagnostics),
            titlePattern,
            seo?.String("twitter"),
            site.Bool("minify") ?? defaults.Minify,
            cname,
            [.. allow.Where(SafeUrl.IsAbsoluteHttp)]);
    }
}
