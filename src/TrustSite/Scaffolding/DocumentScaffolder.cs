using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;

namespace TrustSite.Scaffolding;

/// <summary>`trustsite new article|page`: writes a new Markdown file from the theme's archetype, never over an existing one.</summary>
public sealed class DocumentScaffolder(TimeProvider time)
{
    /// <summary>Writes the document and returns its path relative to the site, or null after reporting why nothing was written.</summary>
    public string? Create(string siteRoot, NewDocumentRequest request, DiagnosticBag diagnostics)
    {
        var title = request.Title.Trim();
        if (title.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldNoAddress, SourceLocation.File(ContentDiscoverer.FolderName + "/"), "a new document needs a title",
                "for example: trustsite new article \"Forgiveness after betrayal\"");
            return null;
        }
        if (LoadConfig(siteRoot, diagnostics) is not { } config
            || new DocumentPlacer(siteRoot, config, diagnostics).Place(request with { Title = title }) is not { } document
            || ArchetypeFinder.Find(siteRoot, config, request.Kind, diagnostics) is not { } archetype)
        {
            return null;
        }
        var values = new ArchetypeValues(title, Now(config), document.Slug, document.Language, document.Section);
        if (ArchetypeRenderer.Render(archetype, values, diagnostics) is not { } text || !ReadsBack(text, title, archetype, document, config, diagnostics))
        {
            return null;
        }
        return NewFileWriter.TryWrite(siteRoot, document.SitePath, text, diagnostics) ? document.SitePath : null;
    }

    /// <summary>Now, in the site's time zone when site.yml names one, else in this computer's, to the second: 2026-11-24T10:30:00-05:00.</summary>
    private string Now(SiteConfig config)
    {
        var zone = config.Locations.Keys.Any(k => string.Equals(k, "timezone", StringComparison.OrdinalIgnoreCase)) ? config.TimeZone : time.LocalTimeZone;
        return DateStamp.Of(time.GetUtcNow(), zone);
    }

    // Only site.yml's errors matter here: a warning such as "no newsletter configured" is for the build, not for writing an article.
    private static SiteConfig? LoadConfig(string siteRoot, DiagnosticBag diagnostics)
    {
        var scratch = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(siteRoot, scratch);
        foreach (var error in scratch.ToSortedArray().Where(d => d.IsError))
        {
            diagnostics.Add(error);
        }
        return config;
    }

    /// <summary>Checks that the build will read the new file's front matter, with the title exactly as given.</summary>
    private static bool ReadsBack(string text, string title, Archetype archetype, NewDocument document, SiteConfig config, DiagnosticBag diagnostics)
    {
        var scratch = new DiagnosticBag();
        var block = FrontMatterSplitter.Split(text, document.SitePath, scratch);
        var frontMatter = block?.Yaml is null ? null : new FrontMatterParser(config.TimeZone, config.Taxonomies).Parse(block.Yaml, document.SitePath, block.YamlFirstLine, scratch);
        if (frontMatter is null)
        {
            var why = scratch.ToSortedArray().FirstOrDefault(d => d.IsError)?.Message ?? "it has no front matter";
            diagnostics.Error(DiagnosticCodes.ArchetypeInvalid, SourceLocation.File(archetype.SitePath), $"this archetype does not give the new document front matter the build can read: {why}",
                "an archetype starts with a '---' line, the YAML front matter, and a closing '---' line; nothing was written");
            return false;
        }
        if (frontMatter.Title != title)
        {
            diagnostics.Error(DiagnosticCodes.ArchetypeInvalid, SourceLocation.File(archetype.SitePath),
                $"this archetype writes the title \"{title}\" so that it reads back as \"{frontMatter.Title}\"; nothing was written",
                "write it as 'title: {{ title | yaml }}', which quotes it safely");
            return false;
        }
        return true;
    }
}
