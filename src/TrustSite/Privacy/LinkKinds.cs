namespace TrustSite.Privacy;

/// <summary>Which &lt;link rel&gt; values make the browser fetch or connect, and what; canonical, alternate and the like are never fetched.</summary>
internal static class LinkKinds
{
    private static readonly string[] Icons = ["icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon", "fluid-icon"];

    private static readonly string[] Hints = ["preconnect", "dns-prefetch", "prefetch", "prerender"];

    /// <summary>The kind of request and the rel value that causes it, or null when the link is only information.</summary>
    public static (ResourceKind Kind, string Rel)? Of(IReadOnlyCollection<string> rels, string? @as)
    {
        // An alternate stylesheet is still fetched, so "stylesheet" wins over "alternate".
        if (rels.Contains("stylesheet"))
        {
            return (ResourceKind.Style, "stylesheet");
        }
        if (rels.Contains("modulepreload"))
        {
            return (ResourceKind.Script, "modulepreload");
        }
        if (rels.Contains("preload"))
        {
            return (KindOf(@as), "preload");
        }
        if (Hints.FirstOrDefault(rels.Contains) is { } hint)
        {
            return (ResourceKind.Hint, hint);
        }
        if (Icons.FirstOrDefault(rels.Contains) is { } icon)
        {
            return (ResourceKind.Image, icon);
        }
        return rels.Contains("manifest") ? (ResourceKind.Other, "manifest") : null;
    }

    /// <summary>The kind a preload's `as` names.</summary>
    private static ResourceKind KindOf(string? @as) => @as?.Trim().ToLowerInvariant() switch
    {
        "script" or "worker" or "sharedworker" or "serviceworker" => ResourceKind.Script,
        "style" => ResourceKind.Style,
        "font" => ResourceKind.Font,
        "image" => ResourceKind.Image,
        "audio" or "video" or "track" => ResourceKind.Media,
        "document" or "iframe" or "embed" or "object" => ResourceKind.Frame,
        _ => ResourceKind.Other,
    };
}
