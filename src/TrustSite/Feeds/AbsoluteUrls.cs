using System.Text.RegularExpressions;

namespace TrustSite.Feeds;

/// <summary>Makes the site-relative addresses in rendered HTML absolute, since a feed reader shows the article away from the site.</summary>
public static partial class AbsoluteUrls
{
    public static string In(string html, Uri baseUrl)
    {
        var origin = baseUrl.GetLeftPart(UriPartial.Authority);
        return SiteRelative().Replace(html, m => $"{m.Groups[1].Value}=\"{origin}/");
    }

    // Only addresses from the site's root ("/..."), which is how the build writes every internal link; "//host" is left alone.
    [GeneratedRegex("\\b(href|src)=\"/(?!/)")]
    private static partial Regex SiteRelative();
}
