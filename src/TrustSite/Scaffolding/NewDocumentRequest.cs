namespace TrustSite.Scaffolding;

/// <summary>What the author asked for: the kind of document, its title, and optionally its language and section.</summary>
/// <param name="Language">A language code of site.yml, such as "es"; null for the site's default language.</param>
/// <param name="Section">The section folder of an article, such as "articles"; null for the default section.</param>
public sealed record NewDocumentRequest(ArchetypeKind Kind, string Title, string? Language = null, string? Section = null);
