using TrustSite.Configuration;
using TrustSite.Urls;

namespace TrustSite.Pages;

/// <summary>The page on the right to a good faith estimate (US No Surprises Act), generated in each language when site.yml's practice section asks for it.</summary>
public static class GoodFaithEstimate
{
    /// <summary>What the page's versions share, and its key in `site.links`.</summary>
    public const string Key = "good-faith-estimate";

    public static string UrlIn(LanguageConfig language) => SitePath.Normalize(language.UrlPrefix + "/good-faith-estimate/");

    /// <summary>The page's title in a language; the theme's layout prints its own heading, this is for the head and the sitemap.</summary>
    // The notice is a US legal text, published in English and Spanish; other languages get the English title.
    public static string TitleIn(string language) => language.StartsWith("es", StringComparison.OrdinalIgnoreCase)
        ? "Estimación de buena fe"
        : "Good Faith Estimate";
}
