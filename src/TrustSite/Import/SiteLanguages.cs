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
    public static SiteLanguages Read(string siteRoot)
    {
        // The import does not need a valid site.yml; a broken one only means the languages are unknown.
        var config = File.Exists(Path.Combine(siteRoot, SiteConfigLoader.FileName)) ? new SiteConfigLoader().Load(siteRoot, new DiagnosticBag()) : null;
        return config is null
            ? new SiteLanguages("en", [], IsKnown: false)
            : new SiteLanguages(config.Language, [.. config.Languages.Where(l => !l.IsDefault).Select(l => l.Code)], IsKnown: true);
    }

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
