using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Templating;

namespace TrustSite.Scaffolding;

/// <summary>Finds the archetype of a kind of document: the child theme's, else its parent's, else the built-in one.</summary>
/// <remarks>The same "child first" rule as layouts: themes/NAME/archetypes/article.md or page.md.</remarks>
internal static class ArchetypeFinder
{
    public const string FolderName = "archetypes";

    /// <summary>The archetype to use, or null after reporting that the theme or its archetype cannot be read.</summary>
    public static Archetype? Find(string siteRoot, SiteConfig config, ArchetypeKind kind, DiagnosticBag diagnostics)
    {
        var chain = ThemeLoader.ResolveChain(siteRoot, config.Theme, config.LocationOf("theme"), diagnostics);
        if (chain.IsDefaultOrEmpty)
        {
            return null;
        }
        var fileName = FileName(kind);
        foreach (var theme in chain)
        {
            var fullPath = Path.Combine(theme.FullPath, FolderName, fileName);
            if (File.Exists(fullPath))
            {
                var sitePath = $"{theme.SitePath}/{FolderName}/{fileName}";
                return SourceTextReader.Read(fullPath, sitePath, diagnostics) is { } text ? new Archetype(text, sitePath, IsBuiltIn: false) : null;
            }
        }
        return BuiltInArchetypes.For(kind);
    }

    public static string FileName(ArchetypeKind kind) => kind == ArchetypeKind.Article ? "article.md" : "page.md";
}
