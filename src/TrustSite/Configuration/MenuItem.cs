namespace TrustSite.Configuration;

/// <summary>One link in a menu from site.yml, in the order the author listed it.</summary>
public sealed record MenuItem(string Name, string Url, bool IsExternal);
