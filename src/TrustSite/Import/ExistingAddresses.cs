using System.Collections.Frozen;
using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Import.Writing;
using TrustSite.Site;
using TrustSite.Urls;

namespace TrustSite.Import;

/// <summary>The addresses the site's own content already publishes, each with the file that publishes it, so that an imported
/// post never takes one: content/about.md and content/about/index.md would both be /about/, and the build stops at that.</summary>
/// <remarks>Files an earlier import wrote are left out: they are the importer's to rewrite. The address comes from the build's
/// own rules (slug, url:, language folders) when site.yml can be read, else from the file's path alone.</remarks>
public static class ExistingAddresses
{
    public static FrozenDictionary<string, string> Find(string siteRoot, SiteConfig? config, ImportManifest manifest)
    {
        var ignored = new DiagnosticBag();
        // Only the files the importer did not write are read, so a second import of 2,000 posts parses none of its own.
        var files = new ContentDiscoverer().Discover(siteRoot, ignored).Markdown.Where(f => manifest.HashOf(f.SitePath) is null).ToImmutableArray();
        var addresses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (config is null)
        {
            foreach (var file in files)
            {
                addresses.TryAdd(AddressOfPath(file.ContentPath), file.SitePath);
            }
        }
        else
        {
            var urls = new UrlBuilder(config);
            foreach (var document in new DocumentLoader(config).LoadAll(files, ignored))
            {
                if (urls.UrlOf(document, out _) is { } url)
                {
                    addresses.TryAdd(url, document.Source.SitePath);
                }
            }
        }
        return addresses.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>about.md, about/index.md and about/_index.md all publish /about/.</summary>
    public static string AddressOfPath(string contentPath)
    {
        var path = contentPath[..^Path.GetExtension(contentPath).Length];
        foreach (var index in new[] { "index", "_index" })
        {
            if (path == index)
            {
                return "/";
            }
            if (path.EndsWith("/" + index, StringComparison.Ordinal))
            {
                path = path[..^(index.Length + 1)];
            }
        }
        return SitePath.Normalize("/" + path + "/");
    }
}
