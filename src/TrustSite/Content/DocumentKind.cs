namespace TrustSite.Content;

/// <summary>What a Markdown file is, decided by where it sits under content/.</summary>
public enum DocumentKind
{
    /// <summary>content/_index.md or content/index.md: the home page's own text.</summary>
    Home,

    /// <summary>content/SECTION/_index.md: the title and text of a section's list page.</summary>
    SectionIndex,

    /// <summary>A file inside a section folder, such as content/articles/a.md or content/articles/a/index.md.</summary>
    Article,

    /// <summary>A file at the content root, such as content/about.md or content/about/index.md.</summary>
    Page,
}
