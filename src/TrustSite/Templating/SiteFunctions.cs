using Scriban.Runtime;
using TrustSite.Configuration;

namespace TrustSite.Templating;

/// <summary>`raw`, `relurl`, `absurl`, `asset` and `integrity`, as methods rather than lambdas.</summary>
/// <remarks>
/// Each reaches Scriban through <see cref="DynamicCustomFunction.Create(object, System.Reflection.MethodInfo)"/> with a method named by
/// nameof, which the trimming and AOT compilers can follow; ScriptObject.Import of a lambda reflects over a method they cannot see
/// (IL2026), and a Native AOT build of the CLI (tests/Bench/README.md) would lose it. Scriban calls both the same way.
/// </remarks>
internal sealed class SiteFunctions(SiteConfig config, IReadOnlyDictionary<string, PublishedThemeAsset> byUrl)
{
    public void AddTo(ScriptObject functions)
    {
        functions.SetValue("raw", DynamicCustomFunction.Create(null, typeof(SiteFunctions).GetMethod(nameof(Raw))!), true);
        functions.SetValue("relurl", DynamicCustomFunction.Create(this, typeof(SiteFunctions).GetMethod(nameof(RelUrl))!), true);
        functions.SetValue("absurl", DynamicCustomFunction.Create(this, typeof(SiteFunctions).GetMethod(nameof(AbsUrl))!), true);
        functions.SetValue("asset", DynamicCustomFunction.Create(this, typeof(SiteFunctions).GetMethod(nameof(Asset))!), true);
        functions.SetValue("integrity", DynamicCustomFunction.Create(this, typeof(SiteFunctions).GetMethod(nameof(Integrity))!), true);
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
