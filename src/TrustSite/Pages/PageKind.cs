namespace TrustSite.Pages;

/// <summary>The kinds of page a site has; each is also the name of the layout that renders it by default.</summary>
public enum PageKind
{
    Home,
    Article,
    Page,
    Section,
    Taxonomy,
    Term,
    Archive,
    NotFound,
    Alias,
}

public static class PageKindNames
{
    /// <summary>The layout name for a kind: "home", "article", "page", "section", "taxonomy", "term", "archive", "404", "alias".</summary>
    public static string LayoutName(this PageKind kind) => kind switch
    {
        PageKind.NotFound => "404",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
