using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Urls;

namespace TrustSite.Scaffolding;

/// <summary>Decides where a new document goes, following the site's conventions: content/[LANG/][SECTION/]SLUG.md.</summary>
internal sealed class DocumentPlacer(string siteRoot, SiteConfig config, DiagnosticBag diagnostics)
{
    /// <summary>The new document's place, or null after reporting why there is none (unknown language or section, no address, taken).</summary>
    public NewDocument? Place(NewDocumentRequest request)
    {
        if (FindLanguage(request.Language) is not { } language)
        {
            return null;
        }
        // Other languages live in a folder of their own, content/es/, as the content loader reads them.
        var languageFolder = language.IsDefault ? ContentDiscoverer.FolderName : $"{ContentDiscoverer.FolderName}/{language.Code}";
        var section = "";
        if (request.Kind == ArchetypeKind.Article)
        {
            if (FindSection(request.Section ?? SectionFinder.DefaultSection, languageFolder) is not { } found)
            {
                return null;
            }
            section = found;
        }
        var folder = section.Length == 0 ? languageFolder : $"{languageFolder}/{section}";
        var slug = Slugifier.Slugify(request.Title);
        if (!HasUsableAddress(request, slug, folder))
        {
            return null;
        }
        var document = new NewDocument($"{folder}/{slug}.md", slug, language.Code, section);
        return IsTaken(document, folder, language) ? null : document;
    }

    private LanguageConfig? FindLanguage(string? code)
    {
        if (code is null)
        {
            return config.DefaultLanguage;
        }
        var language = config.Languages.FirstOrDefault(l => string.Equals(l.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (language is null)
        {
            // Language codes are too short for a "did you mean": es and en are one letter apart.
            var where = config.Locations.ContainsKey("languages") ? config.LocationOf("languages") : SourceLocation.File(SiteConfigLoader.FileName);
            diagnostics.Error(DiagnosticCodes.ScaffoldUnknownLanguage, where,
                $"the site has no language \"{code}\"; its languages: {string.Join(", ", config.Languages.Select(l => l.Code))}",
                "a language is added under 'languages:' in site.yml (see \"English and Spanish\" in the README)");
        }
        return language;
    }

    private string? FindSection(string name, string languageFolder)
    {
        var sections = SectionFinder.Find(siteRoot, config);
        if (sections.Contains(name.Trim()))
        {
            return name.Trim();
        }
        diagnostics.Error(DiagnosticCodes.ScaffoldUnknownSection, SourceLocation.File(languageFolder + "/"), $"there is no section \"{name}\"",
            DidYouMean.Hint(name, sections) ?? $"sections: {string.Join(", ", sections)}; to start a new one, create its folder first, such as content/{Slugifier.Slugify(name)}/");
        return null;
    }

    private bool HasUsableAddress(NewDocumentRequest request, string slug, string folder)
    {
        var where = SourceLocation.File(folder + "/");
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldNoAddress, where, $"the title \"{request.Title}\" has no letters or digits to make an address from",
                "give a title with at least one word");
            return false;
        }
        var problem = slug == "index" ? "index.md is the file of a folder's own page"
            : request.Kind == ArchetypeKind.Page && config.FindLanguage(slug) is { IsDefault: false } ? $"/{slug}/ is the home of the site's other language"
            : SitePath.Problem(slug);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldNoAddress, where, $"the title \"{request.Title}\" would give the address \"{slug}\", which cannot be used: {problem}",
                "choose a slightly different title; you can change the title in the file afterwards, the address stays");
            return false;
        }
        return true;
    }

    private bool IsTaken(NewDocument document, string folder, LanguageConfig language)
    {
        // The same document could also be written as a bundle (SLUG/index.md) or, in another language, as SLUG.es.md beside the default one.
        var defaultFolder = document.Section.Length == 0 ? ContentDiscoverer.FolderName : $"{ContentDiscoverer.FolderName}/{document.Section}";
        string[] candidates = [document.SitePath, $"{folder}/{document.Slug}/index.md", $"{defaultFolder}/{document.Slug}.{language.Code}.md"];
        if (candidates.FirstOrDefault(path => File.Exists(Path.Combine(siteRoot, path))) is { } existing)
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldTargetExists, SourceLocation.File(existing),
                existing == document.SitePath ? "this file already exists; it was left as it is" : $"this file already has the address {document.SitePath} would get; nothing was written",
                "choose another title, or open this file to edit it");
            return true;
        }
        var shadowed = Path.Combine(siteRoot, folder, document.Slug);
        if (document.Section.Length == 0 && Directory.Exists(shadowed) && !SectionFinder.IsPageFolder(Path.Combine(siteRoot, folder), document.Slug, config))
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldTargetExists, SourceLocation.File($"{folder}/{document.Slug}/"),
                $"the section {folder}/{document.Slug}/ has this address; a page {document.Slug}.md would turn its articles into sub-pages", "choose another title for the page");
            return true;
        }
        return false;
    }
}
