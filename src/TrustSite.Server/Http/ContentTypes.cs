using Microsoft.AspNetCore.StaticFiles;

namespace TrustSite.Server.Http;

/// <summary>The Content-Type of a site file, from its extension, with the charset for text (every text file TrustSite writes is UTF-8).</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = Create();

    public static string Of(string fileName)
    {
        var type = Known.TryGetContentType(fileName, out var found) ? found : "application/octet-stream";
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "application/xml" or "application/manifest+json"
        || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal);

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        // What static sites publish beyond the defaults: feeds, modern images and fonts, and the hosts' own files.
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".avif"] = "image/avif";
        provider.Mappings[".webp"] = "image/webp";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".vcf"] = "text/vcard";
        provider.Mappings[".txt"] = "text/plain";
        provider.Mappings[".md"] = "text/markdown";
        return provider;
    }

    /// <summary>Files without an extension that static hosts read (_headers, _redirects, CNAME) are plain text.</summary>
    public static string OfPath(string fullPath) =>
        Path.GetExtension(fullPath).Length == 0 ? "text/plain; charset=utf-8" : Of(Path.GetFileName(fullPath));
}
