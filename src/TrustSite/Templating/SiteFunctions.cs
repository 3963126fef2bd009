using Scriban.Runtime;
using TrustSite.Configuration;

namespace TrustSite.Templating;

/// <summary>`raw`, `relurl`, `absurl`, `asset` and `integrity`, as methods rather than lambdas.</summary>
/// <remarks>
/// `raw` reaches Scriban through <see cref="DynamicCustomFunction.Create(object, System.Reflection.MethodInfo)"/> with a method named by
/// nameof, which the trimming and AOT compilers can follow; ScriptObject.Import of a lambda reflects over a method they cannot see
/// (IL2026), and a Native AOT build of the CLI (tests/Bench/README.md) would lose it. The four URL functions, called several times
/// on every page, are <see cref="StringFunction"/>s: no reflection at all, and no argument array per call.
/// </remarks>
internal sealed class SiteFunctions(SiteConfig config, IReadOnlyDictionary<string, PublishedThemeAsset> byUrl)
{
    public void AddTo(ScriptObject functions)
    {
        functions.SetValue("raw", DynamicCustomFunction.Create(null, typeof(SiteFunctions).GetMethod(nameof(Raw))!), true);
        functions.SetValue("relurl", new StringFunction(RelUrl), true);
        functions.SetValue("absurl", new StringFunction(AbsUrl), true);
        functions.SetValue("asset", new StringFunction(Asset), true);
        functions.SetValue("integrity", new StringFunction(Integrity), true);
    }

    public static RawHtml Raw(object? value) => value as RawHtml ?? new RawHtml(value?.ToString() ?? "");

    public string RelUrl(string? path) => TemplateFunctions.RelativeUrl(config, path ?? "");

    public string AbsUrl(string? path) => TemplateFunctions.AbsoluteUrl(config, path ?? "");

    /// <summary>`{{ asset "css/style.css" }}`: the fingerprinted address.</summary>
    public string Asset(string? path) => TemplateFunctions.RelativeUrl(config, Find(path)?.Url ?? path ?? "");

    /// <summary>`{{ integrity "css/style.css" }}`: the asset's Subresource Integrity hash.</summary>
    public string? Integrity(string? path) => Find(path)?.Integrity;

    private PublishedThemeAsset? Find(string? path) => byUrl.GetValueOrDefault("/" + (path ?? "").TrimStart('/'));
}
