namespace TrustSite.Urls;

/// <summary>Checks author-given URL paths (slug, url, aliases) so that none can escape the output folder or break a host.</summary>
public static class SitePath
{
    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Returns null when the path is safe, else the reason it is not.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0)
        {
            return "it is empty";
        }
        if (path.Length > 1024)
        {
            return "it is longer than 1024 characters";
        }
        if (path.Contains('\\'))
        {
            return "it contains a backslash; use '/'";
        }
        if (path.Contains('?') || path.Contains('#'))
        {
            return "it contains a query or fragment ('?' or '#'), which a static host cannot serve as a separate page";
        }
        if (path.Contains(':'))
        {
            return "it contains ':' (a scheme or drive letter); give a path such as /articles/my-title/";
        }
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            return "it starts with '//', which browsers read as another host";
        }
        foreach (var c in path)
        {
            if (char.IsControl(c) || c is '<' or '>' or '"' or '|' or '*')
            {
                return $"it contains the character '{(char.IsControl(c) ? $"U+{(int)c:X4}" : c)}', which is not allowed in a file name";
            }
        }
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment is "." or "..")
            {
                return "it contains '.' or '..' segments, which could point outside the site";
            }
            var stem = segment.Split('.')[0];
            if (WindowsReserved.Contains(stem))
            {
                return $"'{segment}' is a reserved file name on Windows";
            }
            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"'{segment}' ends with a dot or a space, which Windows cannot store";
            }
        }
        return null;
    }

    /// <summary>Makes a URL path canonical: a leading '/', and a trailing '/' unless it names a file like /404.html.</summary>
    public static string Normalize(string path)
    {
        var trimmed = path.Trim();
        var result = trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
        while (result.Contains("//", StringComparison.Ordinal))
        {
            result = result.Replace("//", "/", StringComparison.Ordinal);
        }
        return result.EndsWith('/') || HasFileExtension(result) ? result : result + "/";
    }

    /// <summary>The file to write for a URL path: /a/b/ becomes a/b/index.html; /404.html stays 404.html.</summary>
    public static string ToOutputFile(string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        return urlPath.EndsWith('/') ? relative + "index.html" : relative;
    }

    private static bool HasFileExtension(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 && dot < last.Length - 1 && last[(dot + 1)..].All(char.IsAsciiLetterOrDigit);
    }
}
