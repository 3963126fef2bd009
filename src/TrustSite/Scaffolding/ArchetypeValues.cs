namespace TrustSite.Scaffolding;

/// <summary>What an archetype can write: `title`, `date`, `slug`, `lang` and `section`, plus the `yaml` function that quotes a value.</summary>
/// <param name="Date">Now, with the site's offset, as front matter writes dates: 2026-11-24T10:30:00-05:00.</param>
internal sealed record ArchetypeValues(string Title, string Date, string Slug, string Lang, string Section);
