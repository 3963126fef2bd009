using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;

namespace TrustSite.Scaffolding;

/// <summary>The sections a new article may go in: "articles", every section folder of the content, and every section named in `permalinks`.</summary>
internal static class SectionFinder
{
    public const string DefaultSection = "articles";

    public static ImmutableSortedSet<string> Find(string siteRoot, SiteConfig config)
    {
        var sections = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        sections.Add(DefaultSection);
        sections.UnionWith(config.Permalinks.Keys);
        var content = Path.Combine(siteRoot, ContentDiscoverer.FolderName);
        sections.UnionWith(SectionsIn(content, config, isContentRoot: true));
        foreach (var language in config.Languages.Where(l => !l.IsDefault))
        {
            sections.UnionWith(SectionsIn(Path.Combine(content, language.Code), config, isContentRoot: false));
        }
        return sections.ToImmutable();
    }

    /// <summary>True when content/NAME/ belongs to a page (about/ beside about.md, or a bundle about/index.md), so its files are sub-pages.</summary>
    public static bool IsPageFolder(string parent, string name, SiteConfig config) =>
        File.Exists(Path.Combine(parent, name + ".md")) || File.Exists(Path.Combine(parent, name, "index.md"))
        || config.Languages.Any(l => File.Exists(Path.Combine(parent, $"{name}.{l.Code}.md")) || File.Exists(Path.Combine(parent, name, $"index.{l.Code}.md")));

    private static IEnumerable<string> SectionsIn(string folder, SiteConfig config, bool isContentRoot)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>()
            // Dot-folders are never content, '_' folders are never published, and content/es/ is a language, not a section.
            .Where(name => !name.StartsWith('.') && !name.StartsWith('_'))
            .Where(name => !(isContentRoot && config.FindLanguage(name) is { IsDefault: false }))
            .Where(name => !IsPageFolder(folder, name, config));
    }
}
