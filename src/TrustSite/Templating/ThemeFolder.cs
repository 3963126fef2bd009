namespace TrustSite.Templating;

/// <summary>One theme in the chain, child first: its name, its folder on disk and its path as messages show it.</summary>
public sealed record ThemeFolder(string Name, string FullPath, string SitePath);
