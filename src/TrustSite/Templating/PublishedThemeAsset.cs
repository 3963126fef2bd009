namespace TrustSite.Templating;

/// <summary>A theme file as published: stylesheets and scripts minified when asked and named after a hash of their content.</summary>
/// <param name="OriginalUrl">The address the theme refers to it by, such as /css/style.css.</param>
/// <param name="Url">The address it is published at, such as /css/style.3f2a9c1b.css.</param>
/// <param name="Content">The processed bytes, or null to copy the file as it is.</param>
/// <param name="Integrity">The Subresource Integrity hash of the published bytes, for stylesheets and scripts.</param>
public sealed record PublishedThemeAsset(ThemeAsset Source, string OriginalUrl, string Url, byte[]? Content, string? Integrity)
{
    public bool IsFingerprinted => Url != OriginalUrl;
}
