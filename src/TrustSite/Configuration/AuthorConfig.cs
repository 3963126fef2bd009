namespace TrustSite.Configuration;

/// <summary>The site's default author: the counselor who writes the articles.</summary>
public sealed record AuthorConfig(string? Name, string? Bio, string? Image);
