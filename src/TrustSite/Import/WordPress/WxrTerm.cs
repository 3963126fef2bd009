namespace TrustSite.Import.WordPress;

/// <summary>A category, tag or other term declared at the top of the export.</summary>
/// <param name="Taxonomy">"category", "post_tag", "nav_menu", "language"...</param>
/// <param name="ParentSlug">The parent category's slug, or "" at the top of the hierarchy.</param>
public sealed record WxrTerm(string Taxonomy, string Slug, string Name, string ParentSlug);
