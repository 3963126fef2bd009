namespace TrustSite.Import.WordPress;

/// <summary>Recognises addresses on the old WordPress site, whichever of http/https and www. they were written with.</summary>
public sealed class OldSiteAddress
{
    private const string UploadsFolder = "/wp-content/uploads/";
    private readonly string _host;
    private readonly string _basePath;

    public OldSiteAddress(string siteUrl)
    {
        Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri);
        _host = uri is null ? "" : WithoutWww(uri.Host);
        _basePath = uri?.AbsolutePath.TrimEnd('/') ?? "";
    }

    /// <summary>The path the old site lived under, "" at the root of its host, else like "/blog".</summary>
    public string BasePath => _basePath;

    /// <summary>The path and query of an address on the old site ("/2021/03/rebuild-trust/", "/?p=12"), or null for another site.</summary>
    public string? PathOf(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return StripFragment(trimmed);
        }
        var absolute = trimmed.StartsWith("//", StringComparison.Ordinal) ? "https:" + trimmed : trimmed;
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || _host.Length == 0 || !string.Equals(WithoutWww(uri.Host), _host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return uri.PathAndQuery;
    }

    /// <summary>The file's path under wp-content/uploads ("2023/05/hands.jpg", decoded), or null when the address is not an upload.</summary>
    public string? UploadPathOf(string url)
    {
        var path = PathOf(url);
        if (path is null)
        {
            return null;
        }
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;
        var start = path.IndexOf(UploadsFolder, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(path[(start + UploadsFolder.Length)..]);
        return relative.Length == 0 || relative.EndsWith('/') ? null : relative;
    }

    /// <summary>A key to compare two addresses of the same page: decoded path, no trailing '/', lower case.</summary>
    public string? PageKeyOf(string url)
    {
        if (PathOf(url) is not { } path)
        {
            return null;
        }
        if (_basePath.Length > 0 && path.StartsWith(_basePath, StringComparison.OrdinalIgnoreCase))
        {
            path = path[_basePath.Length..];
        }
        var decoded = Uri.UnescapeDataString(path);
        return decoded.Length > 1 ? decoded.TrimEnd('/').ToLowerInvariant() : decoded.ToLowerInvariant();
    }

    private static string StripFragment(string url) => url.IndexOf('#') is var i and >= 0 ? url[..i] : url;

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
