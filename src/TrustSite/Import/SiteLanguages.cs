using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Import;

/// <summary>The languages site.yml lists, which decide where an imported post goes: content/ for the default language,
/// content/es/ for Spanish when the site has it, and content/ with a note for a language the site does not have.</summary>
/// <param name="Default">The site's default language code (en when site.yml cannot be read).</param>
/// <param name="Others">The other languages' codes, each with its own content folder.</param>
/// <param name="IsKnown">False when site.yml is missing or has errors, so the languages are a guess.</param>
public sealed record SiteLanguages(string Default, ImmutableArray<string> Others, bool IsKnown)
{
    /// <summary>The site's languages, from its configuration or, when site.yml cannot be read, English alone.</summary>
    public static SiteLanguages Of(SiteConfig? config) => config is null
        ? new SiteLanguages("en", [], IsKnown: false)
        : new SiteLanguages(config.Language, [.. config.Languages.Where(l => !l.IsDefault).Select(l => l.Code)], IsKnown: true);

    /// <summary>site.yml, or null when it is missing or has errors: the import does not need it, only learns less without it.</summary>
    public static SiteConfig? LoadConfig(string siteRoot) =>
        File.Exists(Path.Combine(siteRoot, SiteConfigLoader.FileName)) ? new SiteConfigLoader().Load(siteRoot, new DiagnosticBag()) : null;

    /// <summary>The site's code for a WordPress language slug (es, es-mx, pt_BR), or null when the site does not have it.</summary>
    public string? Find(string wordPressLanguage)
    {
        var wanted = wordPressLanguage.Replace('_', '-');
        return All.FirstOrDefault(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(c => string.Equals(Primary(c), Primary(wanted), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The folder under content/ for a language the site has: "" for the default, "es/" for the others.</summary>
    public string FolderOf(string siteLanguage) => siteLanguage == Default ? "" : siteLanguage + "/";

    private IEnumerable<string> All => Others.Prepend(Default);

    private static string Primary(string code) => code.Split('-')[0];
}
