namespace TrustSite.Templating.Views;

/// <summary>A menu link; <see cref="Url"/> already carries the base path for links within the site.</summary>
public sealed record MenuItemView(string Name, string Url, string Path, bool IsExternal);
