namespace TrustSite.Server.Http;

/// <summary>Maps a request's path to a file of the built site, and to nothing else, whatever the path holds.</summary>
public sealed class SiteFiles(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The file for <paramref name="requestPath"/> (already percent-decoded by the server), or why there is none.</summary>
    public SiteFile Find(string requestPath)
    {
        if (!IsSafe(requestPath))
        {
            return new SiteFile(SiteFileKind.Refused, null);
        }
        var relative = requestPath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new SiteFile(SiteFileKind.Refused, null);
        }
        if (Directory.Exists(full))
        {
            if (!requestPath.EndsWith('/'))
            {
                return new SiteFile(SiteFileKind.NeedsSlash, null);
            }
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full) || LeavesTheSite(full))
        {
            return new SiteFile(SiteFileKind.Missing, null);
        }
        return new SiteFile(SiteFileKind.Found, full);
    }

    /// <summary>The site's own 404 page, if it has one.</summary>
    public string? NotFoundPage => File.Exists(Path.Combine(_root, "404.html")) ? Path.Combine(_root, "404.html") : null;

    // Dot segments, backslashes (a separator on Windows), NUL and other control characters, drive letters and hidden files
    // never name a page of the site; refusing them outright is simpler to trust than normalising them.
    private static bool IsSafe(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var segment in path[1..].Split('/'))
        {
            if (segment is "." or ".." || segment.StartsWith('.') && segment != ".well-known"
                || segment.Any(c => char.IsControl(c) || c is '\\' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    // The preview writes only plain files, but a link planted in its folder must not lead a request elsewhere.
    private bool LeavesTheSite(string full)
    {
        for (var path = full; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A request's file, if it has one.</summary>
public sealed record SiteFile(SiteFileKind Kind, string? FullPath);

public enum SiteFileKind
{
    Found,
    Missing,
    NeedsSlash,
    Refused,
}
