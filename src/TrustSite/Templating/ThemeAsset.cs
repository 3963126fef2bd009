namespace TrustSite.Templating;

/// <summary>A file from a theme's assets/ folder, and the URL path it is published at.</summary>
public sealed record ThemeAsset(string FullPath, string SitePath, string Url);
