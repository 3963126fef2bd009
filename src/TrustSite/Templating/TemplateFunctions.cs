using System.Runtime.CompilerServices;
using Scriban.Runtime;
using TrustSite.Configuration;
using TrustSite.Urls;

namespace TrustSite.Templating;

/// <summary>The functions TrustSite adds to Scriban's builtins; built once per build and shared read-only by every worker.</summary>
public static class TemplateFunctions
{
    // Per base URL, so that a page's permalink does not ask Uri for the same parts again.
    private static readonly ConditionalWeakTable<Uri, string> Origins = new();
    private static readonly ConditionalWeakTable<Uri, string> BasePaths = new();

    // The characters of a path that Uri leaves exactly as they are.
    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/.");

    public static ScriptObject Create(Theme theme, SiteConfig config, IReadOnlyList<PublishedThemeAsset> assets)
    {
        var byUrl = assets.ToDictionary(a => a.OriginalUrl, StringComparer.Ordinal);
        var functions = new ScriptObject();
        functions.SetValue("include", new IncludeFunction(theme), true);
        var translate = new TranslateFunction(theme.Strings, config.Language);
        functions.SetValue("t", translate.AsScriptFunction(), true);
        functions.SetValue("t_or", translate.AsFallbackScriptFunction(), true);
        functions.SetValue("bible_url", new BibleUrlFunction(config.Scripture, config.Language).AsScriptFunction(), true);
        new SiteFunctions(config, byUrl).AddTo(functions);
        return functions;
    }

    /// <summary>A site path made relative to the host, under the base path: "/about/" becomes "/ministry/about/".</summary>
    public static string RelativeUrl(SiteConfig config, string path)
    {
        if (SafeUrl.HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith('#'))
        {
            return path;
        }
        var basePath = BasePath(config);
        if (basePath == "/" && path.StartsWith('/'))
        {
            // What the general rule gives at the root, without making the same text again on every call.
            return path;
        }
        return path.StartsWith(basePath, StringComparison.Ordinal) && basePath != "/" ? path : basePath + path.TrimStart('/');
    }

    public static string AbsoluteUrl(SiteConfig config, string path)
    {
        if (SafeUrl.IsAbsoluteHttp(path))
        {
            return path;
        }
        var relative = RelativeUrl(config, path);
        // A plain path needs none of Uri's escaping or dot-segment rules: the origin and the path are the address.
        return IsPlainPath(relative) ? Origin(config) + relative : new Uri(config.BaseUrl, relative).AbsoluteUri;
    }

    /// <summary>A site path ("/articles/a/", no base path) as an address under the base URL: what new Uri(baseUrl, path) gives.</summary>
    public static string AbsoluteSitePath(SiteConfig config, string sitePath)
    {
        var path = BasePath(config) + sitePath.TrimStart('/');
        return IsPlainPath(path) ? Origin(config) + path : new Uri(config.BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;
    }

    private static string Origin(SiteConfig config) => Origins.GetValue(config.BaseUrl, static url => url.GetLeftPart(UriPartial.Authority));

    private static string BasePath(SiteConfig config) => BasePaths.GetValue(config.BaseUrl, SiteConfig.BasePathOf);

    private static bool IsPlainPath(string path) =>
        path.StartsWith('/') && !path.AsSpan().ContainsAnyExcept(PlainPathCharacters)
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal);
}
