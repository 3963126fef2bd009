namespace TrustSite.Templating;

/// <summary>The page left at an old address: it sends browsers on at once, tells search engines where the page lives now, and asks them not to index it.</summary>
public static class AliasPage
{
    public static string Render(string relativeTarget, string absoluteTarget, string language)
    {
        var relative = HtmlEscaper.Escape(relativeTarget);
        var absolute = HtmlEscaper.Escape(absoluteTarget);
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlEscaper.Escape(language)}">
            <head>
            <meta charset="utf-8">
            <title>{relative}</title>
            <link rel="canonical" href="{absolute}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={relative}">
            </head>
            <body>
            <p>This page has moved to <a href="{relative}">{absolute}</a>.</p>
            </body>
            </html>

            """;
    }
}
