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
        var colon = trimmed.IndexOf(':');
        var firstSeparator = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        if (!hasScheme)
        {
            return true;
        }
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }

    public static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public const string Explanation = "only http(s), mailto:, tel: and relative URLs are allowed";
}
