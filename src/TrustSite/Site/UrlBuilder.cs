using System.Globalization;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Urls;

namespace TrustSite.Site;

/// <summary>Gives every document its URL path: /SECTION/SLUG/ or the section's permalink pattern, /SLUG/ for pages, under /LANG for other languages.</summary>
public sealed class UrlBuilder(SiteConfig config)
{
    /// <summary>The document's URL path, or null with the reason when its section's pattern needs a date it does not have.</summary>
    public string? UrlOf(Document document, out string? problem)
    {
        problem = null;
        if (document.FrontMatter.Url is { } url)
        {
            return SitePath.Normalize(url);
        }
        var prefix = LanguagePrefix(document.Language);
        switch (document.Kind)
        {
            case DocumentKind.Home:
                return SitePath.Normalize(prefix + "/");
            case DocumentKind.SectionIndex:
                return SectionUrl(document.Language, document.Section);
            case DocumentKind.Article when config.Permalinks.TryGetValue(document.Section, out var pattern):
                return Expand(pattern, document, prefix, out problem);
            case DocumentKind.Article:
                return SitePath.Normalize($"{prefix}/{document.Section}/{document.UrlFolder}{document.Slug}/");
            default:
                return SitePath.Normalize($"{prefix}/{document.UrlFolder}{document.Slug}/");
        }
    }

    public string SectionUrl(string language, string section) => SitePath.Normalize($"{LanguagePrefix(language)}/{section}/");

    public string HomeUrl(string language) => SitePath.Normalize(LanguagePrefix(language) + "/");

    public string LanguagePrefix(string language) => config.FindLanguage(language)?.UrlPrefix ?? "";

    private static string? Expand(PermalinkPattern pattern, Document document, string prefix, out string? problem)
    {
        problem = null;
        var path = pattern.Pattern;
        if (path.Contains("{year}", StringComparison.Ordinal) || path.Contains("{month}", StringComparison.Ordinal) || path.Contains("{day}", StringComparison.Ordinal))
        {
            if (document.Date is not { } date)
            {
                problem = $"the permalink pattern of '{document.Section}' ({pattern.Pattern}) needs a date, and this article has none";
                return null;
            }
            path = path.Replace("{year}", date.Year.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{month}", date.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{day}", date.Day.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        path = path.Replace("{slug}", document.Slug, StringComparison.Ordinal).Replace("{section}", document.Section, StringComparison.Ordinal);
        return SitePath.Normalize(prefix + "/" + path.TrimStart('/'));
    }
}
