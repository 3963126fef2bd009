using System.Collections.Immutable;
using System.Text;
using TrustSite.Configuration;

namespace TrustSite.Output;

/// <summary>The small files static hosts read: robots.txt, _headers (security headers, cache lifetimes) and CNAME.</summary>
public static class HostFiles
{
    /// <summary>In production robots may index everything and find the sitemap; elsewhere (a preview, a staging copy) they are asked to stay out.</summary>
    public static string Robots(SiteConfig config) => config.IsProduction
        ? $"User-agent: *\nAllow: /\n\nSitemap: {new Uri(config.BaseUrl, "sitemap.xml").AbsoluteUri}\n"
        : "User-agent: *\nDisallow: /\n";

    /// <summary>The referrer policy of every page, in _headers and in the theme's meta tag: other sites never learn which page a visitor came from.</summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>The headers Netlify and Cloudflare Pages apply: a strict Content-Security-Policy the trust theme satisfies, and more.</summary>
    /// <param name="fingerprinted">Assets whose names carry a hash of their content, which may be cached for a year.</param>
    public static string Headers(SiteConfig config, IEnumerable<string> fingerprinted)
    {
        var text = new StringBuilder();
        text.Append(config.BasePath).Append("*\n");
        text.Append("  Content-Security-Policy: ").Append(ContentSecurityPolicy(config)).Append('\n');
        // same-origin: an address such as /articles/recovering-from-an-affair/ is never sent to another site.
        text.Append("  Referrer-Policy: ").Append(ReferrerPolicy).Append('\n');
        text.Append("  X-Content-Type-Options: nosniff\n");
        text.Append("  X-Frame-Options: DENY\n");
        text.Append("  Cross-Origin-Opener-Policy: same-origin\n");
        text.Append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n");
        foreach (var path in fingerprinted.Order(StringComparer.Ordinal))
        {
            text.Append(config.BasePath).Append(path.TrimStart('/')).Append("\n  Cache-Control: public, max-age=31536000, immutable\n");
        }
        return text.ToString();
    }

    /// <summary>Nothing but the site itself, except where forms are sent and what site.yml allows by name.</summary>
    public static string ContentSecurityPolicy(SiteConfig config)
    {
        var formHosts = FormHosts(config);
        var allowed = config.Publishing.ExtraSources.Select(Origin).Order(StringComparer.Ordinal).ToArray();
        var self = string.Join(' ', new[] { "'self'" }.Concat(allowed));
        // The analytics script comes from one host and may count through another, by a beacon or, failing that, an image.
        var script = Sources(self, config.Analytics?.ScriptOrigin);
        var counts = Sources(self, config.Analytics?.EndpointOrigin);
        return $"default-src 'self'; script-src {script}; style-src {self}; img-src {counts}; font-src {self}; connect-src {counts}; "
            + $"media-src {self}; frame-src 'none'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + $"form-action {string.Join(' ', new[] { "'self'" }.Concat(formHosts))}";
    }

    /// <summary>The origins the site's forms are sent to, which the policy must allow.</summary>
    public static ImmutableArray<string> FormHosts(SiteConfig config) =>
    [
        .. new[] { config.Newsletter.Form?.Action, config.Contact.Form?.Action }
            .OfType<string>()
            .Where(Urls.SafeUrl.IsAbsoluteHttp)
            .Select(Origin)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static string Sources(string self, string? extra) =>
        extra is null || self.Split(' ').Contains(extra, StringComparer.Ordinal) ? self : self + " " + extra;

    private static string Origin(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);

    public static string? Cname(SiteConfig config) => config.Publishing.Cname is { } domain ? domain + "\n" : null;
}
