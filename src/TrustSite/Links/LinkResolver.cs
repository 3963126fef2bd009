using TrustSite.Site;
using TrustSite.Urls;

namespace TrustSite.Links;

/// <summary>Resolves links written in content: `other.md` to that page's URL, bundle images to theirs, site paths under the base path.</summary>
public sealed class LinkResolver(SiteIndex index, string basePath)
{
    public LinkResolution Resolve(string href, PublishedDocument from)
    {
        var trimmed = href.Trim();
        if (trimmed.Length == 0)
        {
            return new LinkResolution(LinkKind.Unchanged, href);
        }
        if (trimmed.StartsWith('#'))
        {
            return new LinkResolution(LinkKind.Unchanged, href, AnchorTarget: from.Document.Source.ContentPath, Anchor: AnchorOf(trimmed));
        }
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new LinkResolution(LinkKind.External, href);
        }
        if (!SafeUrl.IsAllowed(trimmed))
        {
            return new LinkResolution(LinkKind.Broken, href, Problem: $"the link \"{Shorten(trimmed)}\" uses a scheme that is not allowed", Hint: SafeUrl.Explanation);
        }
        if (SafeUrl.HasScheme(trimmed))
        {
            return new LinkResolution(SafeUrl.IsAbsoluteHttp(trimmed) ? LinkKind.External : LinkKind.Unchanged, href);
        }
        var (path, suffix) = SplitSuffix(trimmed);
        path = Uri.UnescapeDataString(path);
        if (IsMarkdown(path))
        {
            return ResolveDocument(path, suffix, from);
        }
        if (path.StartsWith('/'))
        {
            return new LinkResolution(LinkKind.Internal, Published(path) + suffix, CheckPath: path);
        }
        var contentPath = Combine(from.Document.Source.ContentDirectory, path);
        if (contentPath is not null && index.AssetsByContentPath.TryGetValue(contentPath, out var asset))
        {
            return new LinkResolution(LinkKind.Internal, Published(asset.Url) + suffix, Asset: asset);
        }
        // Anything else relative is read as the browser will read it: against the page's own address.
        var target = Combine(from.Url.TrimStart('/'), path);
        if (target is null)
        {
            return new LinkResolution(LinkKind.Broken, href, Problem: $"the link \"{Shorten(trimmed)}\" points above the site's root");
        }
        var sitePath = "/" + target;
        return new LinkResolution(LinkKind.Internal, Published(sitePath) + suffix, CheckPath: sitePath);
    }

    private LinkResolution ResolveDocument(string path, string suffix, PublishedDocument from)
    {
        var contentPath = path.StartsWith('/') ? Combine("", path.TrimStart('/')) : Combine(from.Document.Source.ContentDirectory, path);
        if (contentPath is null)
        {
            return new LinkResolution(LinkKind.Broken, path, Problem: $"the link \"{path}\" points outside the content folder");
        }
        if (index.ByContentPath.TryGetValue(contentPath, out var target))
        {
            return new LinkResolution(LinkKind.Internal, Published(target.Url) + suffix, AnchorTarget: contentPath, Anchor: AnchorOf(suffix));
        }
        if (index.ExcludedByContentPath.TryGetValue(contentPath, out var excluded))
        {
            var why = excluded.Reason switch
            {
                ExclusionReason.Draft => ("a draft", "publish it (draft: false) or build with --drafts"),
                ExclusionReason.Future => ("scheduled for later", "build with --future to include it"),
                _ => ("expired", "remove its expiryDate or the link"),
            };
            return new LinkResolution(LinkKind.Broken, path, Problem: $"the link points to content/{contentPath}, which is {why.Item1} and not published in this build", Hint: why.Item2);
        }
        return new LinkResolution(LinkKind.Broken, path, Problem: $"the link points to content/{contentPath}, which does not exist",
            Hint: SuggestFile(contentPath));
    }

    private string? SuggestFile(string contentPath)
    {
        var folder = contentPath.LastIndexOf('/') is var i and >= 0 ? contentPath[..(i + 1)] : "";
        var candidates = index.ByContentPath.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal));
        return Diagnostics.DidYouMean.Suggest(contentPath, candidates) is { } best ? $"did you mean '{best}'?" : null;
    }

    private static string? AnchorOf(string suffix)
    {
        var hash = suffix.IndexOf('#');
        return hash >= 0 && hash < suffix.Length - 1 ? Uri.UnescapeDataString(suffix[(hash + 1)..]) : null;
    }

    private string Published(string sitePath) => basePath + sitePath.TrimStart('/');

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static (string Path, string Suffix) SplitSuffix(string href)
    {
        var cut = href.IndexOfAny(['?', '#']);
        return cut < 0 ? (href, "") : (href[..cut], href[cut..]);
    }

    /// <summary>Joins a folder and a relative path, resolving '.' and '..'; null when the result would leave the root.</summary>
    internal static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        if (!folder.EndsWith('/') && parts.Count > 0 && folder.Length > 0)
        {
            // A page URL like "articles/hope/" always ends in '/', a content folder too; anything else names a file.
            parts.RemoveAt(parts.Count - 1);
        }
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        var joined = string.Join('/', parts);
        return relative.EndsWith('/') && joined.Length > 0 ? joined + "/" : joined;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
