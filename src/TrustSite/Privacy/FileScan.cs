using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>What one file of the built site contacts and uses, with positions in the file.</summary>
internal sealed class FileScan
{
    private readonly string _siteHost;

    /// <param name="shownPath">The file's path as messages show it, such as "public/index.html".</param>
    /// <param name="address">Where the file is served, against which relative addresses resolve.</param>
    /// <param name="text">The file's text with '\n' line endings.</param>
    public FileScan(string shownPath, Uri address, string text, string siteHost)
    {
        ShownPath = shownPath;
        Address = address;
        Text = text;
        Lines = new LineMap(text);
        _siteHost = siteHost;
    }

    public string ShownPath { get; }

    public Uri Address { get; }

    public string Text { get; }

    public LineMap Lines { get; }

    public List<Contact> Contacts { get; } = [];

    public List<(BrowserStorage Storage, string Api, SourceLocation Location)> Storage { get; } = [];

    public List<TrackingApiUse> Apis { get; } = [];

    public SourceLocation At(int offset)
    {
        var (line, column) = Lines.Locate(offset);
        return new SourceLocation(ShownPath, line, column);
    }

    /// <summary>Records an address the browser fetches, if it resolves to a host other than the site's.</summary>
    public void Reference(string raw, Uri baseUri, ResourceKind kind, string via, int offset)
    {
        // Browsers drop tabs and newlines inside addresses and spaces around them.
        var cleaned = raw.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0 || cleaned.StartsWith('#') || !Uri.TryCreate(baseUri, cleaned, out var url)
            || url.Scheme is not ("http" or "https" or "ws" or "wss") || url.Host.Length == 0
            || url.Host.Equals(_siteHost, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        Contacts.Add(new Contact(url, kind, via, At(offset)));
    }

    /// <summary>Scans a stylesheet's text that starts at <paramref name="origin"/>; when <paramref name="exact"/> is false
    /// (an attribute value with character references), everything found is placed at the origin.</summary>
    public void Css(string css, Uri baseUri, int origin, bool exact)
    {
        foreach (var found in CssScanner.Scan(css))
        {
            Reference(found.Url, baseUri, found.Kind, found.Via, exact ? origin + found.Offset : origin);
        }
    }

    /// <summary>Scans a script's text that starts at <paramref name="origin"/>, like <see cref="Css"/>.</summary>
    public void Script(string script, Uri baseUri, int origin, bool exact)
    {
        var (storage, apis, addresses) = ScriptScanner.Scan(script);
        foreach (var hit in storage)
        {
            Storage.Add((hit.Storage, hit.Api, At(exact ? origin + hit.Offset : origin)));
        }
        foreach (var hit in apis)
        {
            Apis.Add(new TrackingApiUse(hit.Api, hit.Purpose, At(exact ? origin + hit.Offset : origin)));
        }
        foreach (var hit in addresses.Where(a => !IsNamespace(a.Url)))
        {
            Reference(hit.Url, baseUri, KindOf(hit.Url), ScriptScanner.AddressVia, exact ? origin + hit.Offset : origin);
        }
    }

    // Scripts that build SVG or MathML name their XML namespaces, which are never fetched.
    private static bool IsNamespace(string url) => url.StartsWith("http://www.w3.org/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Guesses what a script fetches from an address by its file extension; "other" when it cannot tell.</summary>
    private static ResourceKind KindOf(string url)
    {
        var path = Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".js" or ".mjs" => ResourceKind.Script,
            ".css" => ResourceKind.Style,
            ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".avif" or ".svg" or ".ico" => ResourceKind.Image,
            ".woff" or ".woff2" or ".ttf" or ".otf" => ResourceKind.Font,
            ".mp3" or ".mp4" or ".webm" or ".ogg" or ".m4a" or ".vtt" => ResourceKind.Media,
            _ => ResourceKind.Other,
        };
    }
}
