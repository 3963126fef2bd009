using System.Collections.Immutable;
using TrustSite.Configuration;

namespace TrustSite.Content;

/// <summary>Finds the top folders that belong to a page rather than to a section: about/ beside about.md, or a bundle about/index.md.</summary>
/// <remarks>Their Markdown files are pages under that page (/about/team/), the way WordPress nests pages, not articles of a section.</remarks>
public static class PageFolders
{
    public static IReadOnlySet<string> Find(ImmutableArray<SourceFile> files, SiteConfig config)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parts = file.ContentPath.Split('/');
            // Language folders (content/es/) are sites of their own: look one level down there.
            var offset = parts.Length > 1 && config.FindLanguage(parts[0]) is { IsDefault: false } ? 1 : 0;
            var rest = parts[offset..];
            if (rest.Length == 1)
            {
                var stem = Path.GetFileNameWithoutExtension(rest[0]);
                var dot = stem.LastIndexOf('.');
                folders.Add(dot > 0 && config.FindLanguage(stem[(dot + 1)..]) is not null ? stem[..dot] : stem);
            }
            else if (rest.Length == 2 && Path.GetFileNameWithoutExtension(rest[1]).Split('.')[0] == "index")
            {
                folders.Add(rest[0]);
            }
        }
        folders.Remove("_index");
        folders.Remove("index");
        return folders;
    }
}
