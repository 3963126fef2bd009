using TrustSite.Content;
using TrustSite.Urls;

namespace TrustSite.Site;

/// <summary>Gives every document its URL path: /SECTION/SLUG/ for articles, /SLUG/ for pages, the front matter's url when set.</summary>
public static class UrlBuilder
{
    public static string UrlOf(Document document)
    {
        if (document.FrontMatter.Url is { } url)
        {
            return SitePath.Normalize(url);
        }
        return document.Kind switch
        {
            DocumentKind.Home => "/",
            DocumentKind.SectionIndex => SectionUrl(document.Section),
            DocumentKind.Article => SitePath.Normalize($"/{document.Section}/{document.UrlFolder}{document.Slug}/"),
            _ => SitePath.Normalize($"/{document.Slug}/"),
        };
    }

    public static string SectionUrl(string section) => $"/{section}/";
}
