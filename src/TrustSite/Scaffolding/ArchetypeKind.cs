namespace TrustSite.Scaffolding;

/// <summary>What `trustsite new` writes: an article in a section, or a page at the root of the content.</summary>
public enum ArchetypeKind
{
    Article,
    Page,
}
