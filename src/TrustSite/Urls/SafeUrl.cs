namespace TrustSite.Urls;

/// <summary>Decides which URLs from front matter and configuration may reach a visitor's browser.</summary>
public static class SafeUrl
{
    /// <summary>True for http(s), mailto:, tel: and relative URLs; false for javascript:, data: and every other scheme.</summary>
    public static bool IsAllowed(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsControl))
        {
            return false;
        }
        if (!HasScheme(trimmed))
        {
            return true;
        }
        var scheme = trimmed[..trimmed.IndexOf(':')].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }

    /// <summary>True when the URL names a scheme ("https:", "mailto:"); "/about/" has none, although .NET reads it as a file path on Unix.</summary>
    public static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var separator = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (separator < 0 || colon < separator);
    }

    public static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public const string Explanation = "only http(s), mailto:, tel: and relative URLs are allowed";
}
