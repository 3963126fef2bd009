namespace TrustSite.Scaffolding;

/// <summary>Where a new document goes: its path relative to the site, and the values its archetype sees.</summary>
/// <param name="SitePath">Such as "content/es/articles/perdon-y-confianza.md".</param>
/// <param name="Section">The article's section, or "" for a page.</param>
internal sealed record NewDocument(string SitePath, string Slug, string Language, string Section);
