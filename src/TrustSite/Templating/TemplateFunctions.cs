using Scriban.Runtime;
using TrustSite.Configuration;
using TrustSite.Urls;

namespace TrustSite.Templating;

/// <summary>The functions TrustSite adds to Scriban's builtins; built once per build and shared read-only by every worker.</summary>
public static class TemplateFunctions
{
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
        var basePath = config.BasePath;
        return path.StartsWith(basePath, StringComparison.Ordinal) && basePath != "/" ? path : basePath + path.TrimStart('/');
    }

    public static string AbsoluteUrl(SiteConfig config, string path) =>
        SafeUrl.IsAbsoluteHttp(path)
            ? path
            : new Uri(config.BaseUrl, RelativeUrl(config, path)).AbsoluteUri;
}
