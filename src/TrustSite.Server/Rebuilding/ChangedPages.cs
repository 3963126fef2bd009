using System.Collections.Immutable;

namespace TrustSite.Server.Rebuilding;

/// <summary>Which open tabs must reload after files of the preview changed: the pages themselves, or all when a shared file changed.</summary>
public static class ChangedPages
{
    // Past this many, naming each page costs more than reloading every tab.
    private const int MostNamed = 200;

    public static ImmutableArray<string> From(IEnumerable<string> files)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (Page(file) is not { } page || pages.Count == MostNamed)
            {
                return [PreviewState.EveryPage];
            }
            pages.Add(page);
        }
        return [.. pages];
    }

    /// <summary>The address a tab shows the file at; null for files every page may use (stylesheets, images, the 404 page).</summary>
    private static string? Page(string file)
    {
        if (file == "404.html")
        {
            return null;
        }
        if (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return "/" + file[..^"index.html".Length];
        }
        var extension = Path.GetExtension(file);
        // Pages, feeds and the hosts' files are shown only at their own address; anything else may be part of any page.
        return extension is ".html" or ".xml" or ".json" or ".txt" || extension.Length == 0 ? "/" + file : null;
    }
}
