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

    /// <summary>The notice of the right to a good faith estimate, generated from site.yml.</summary>
    GoodFaithEstimate,
}

public static class PageKindNames
{
    /// <summary>The layout name for a kind: "home", "article", "page", "section", "taxonomy", "term", "archive", "404", "alias", "good-faith-estimate".</summary>
    public static string LayoutName(this PageKind kind) => kind switch
    {
        PageKind.NotFound => "404",
        PageKind.GoodFaithEstimate => "good-faith-estimate",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
