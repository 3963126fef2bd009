namespace TrustSite.Pages;

/// <summary>The kinds of page a site has; each is also the name of the layout that renders it by default.</summary>
public enum PageKind
{
    Home,
    Article,
    Page,
    Section,
    NotFound,
}

public static class PageKindNames
{
    /// <summary>The layout name for a kind: "home", "article", "page", "section", "404".</summary>
    public static string LayoutName(this PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Article => "article",
        PageKind.Page => "page",
        PageKind.Section => "section",
        PageKind.NotFound => "404",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
