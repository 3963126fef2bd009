namespace TrustSite.Scripture;

/// <summary>Where one language's references link: a URL pattern with {ref} and {version}, and the Bible version to show.</summary>
public sealed record ScriptureLinkPattern(string UrlPattern, string Version);
