namespace TrustSite.Scaffolding;

/// <summary>The Scriban template a new document starts from, and where it came from for messages.</summary>
/// <param name="SitePath">Such as "themes/trust/archetypes/article.md", or a description of the built-in one.</param>
internal sealed record Archetype(string Text, string SitePath, bool IsBuiltIn);
