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
        functions.Import("raw", new Func<object?, RawHtml>(value => value as RawHtml ?? new RawHtml(value?.ToString() ?? "")));
        functions.Import("relurl", new Func<string?, string>(path => RelativeUrl(config, path ?? "")));
        functions.Import("absurl", new Func<string?, string>(path => AbsoluteUrl(config, path ?? "")));
        // {{ asset "css/style.css" }} is the fingerprinted address; {{ integrity "css/style.css" }} its Subresource Integrity hash.
        functions.Import("asset", new Func<string?, string>(path => RelativeUrl(config, byUrl.GetValueOrDefault("/" + (path ?? "").TrimStart('/'))?.Url ?? path ?? "")));
        functions.Import("integrity", new Func<string?, string?>(path => byUrl.GetValueOrDefault("/" + (path ?? "").TrimStart('/'))?.Integrity));
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
