using System.Globalization;
using System.Net;
using System.Text;
using TrustSite.Diagnostics;
using TrustSite.Server.Rebuilding;

namespace TrustSite.Server.Http;

/// <summary>The page the preview shows instead of the site while the last build failed: each problem with the lines around it.</summary>
public static class ErrorPage
{
    private const int Around = 2;

    /// <param name="hasLastGood">Whether an earlier good build wrote this page; when the first build fails there is none to offer.</param>
    public static string Render(PreviewState state, string requestPath, bool hasLastGood = true)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · TrustSite preview</title>
            <style>
            body{font:1.125rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
            h1{color:#8b0000}pre{background:#f4f4f4;padding:1rem;overflow-x:auto;font-size:1rem;line-height:1.4}
            .at{background:#ffe3e3;display:inline-block;min-width:100%}.caret{color:#8b0000;font-weight:bold}.hint{color:#004e8c}
            @media (prefers-color-scheme:dark){body{background:#121212;color:#eee}pre{background:#1e1e1e}.at{background:#4a1c1c}h1,.caret{color:#ff8080}.hint{color:#8cc8ff}}
            </style>
            </head>
            <body>
            <main>
            <h1>The site could not be built</h1>
            """);
        html.Append("<p>").Append(WebUtility.HtmlEncode(DiagnosticFormatter.Summary(state.Errors))).Append(". Fix the file and save: this page reloads by itself.");
        if (hasLastGood)
        {
            html.Append(" Until then the preview keeps the last good version of the site, ")
                .Append("<a href=\"").Append(WebUtility.HtmlEncode(requestPath)).Append("?last-good\">which you can still open</a>.");
        }
        else
        {
            html.Append(" No earlier build wrote this page, so there is no last good version of it to show yet.");
        }
        html.Append("</p>\n");
        foreach (var diagnostic in state.Errors.OrderBy(d => d.IsError ? 0 : 1))
        {
            Append(html, diagnostic, state.Sources);
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Tabs stay tabs so that the caret lines up with the column however the browser expands them.
    private static string Padding(string line, int column) =>
        new([.. line.Take(Math.Max(0, column - 1)).Select(c => c == '\t' ? '\t' : ' ')]);

    private static void Append(StringBuilder html, Diagnostic diagnostic, SourceTextCache sources)
    {
        var severity = diagnostic.IsError ? "error" : "warning";
        html.Append("<section>\n<h2>").Append(WebUtility.HtmlEncode($"{diagnostic.Location}: {severity} {diagnostic.Code}")).Append("</h2>\n")
            .Append("<p>").Append(WebUtility.HtmlEncode(diagnostic.Message)).Append("</p>\n");
        var location = diagnostic.Location;
        if (location.HasPosition && sources.GetLine(location.Path, location.Line) is not null)
        {
            var last = location.Line + Around;
            var width = last.ToString(CultureInfo.InvariantCulture).Length;
            // Focusable, so that a keyboard can scroll a long line into view.
            html.Append("<pre tabindex=\"0\" aria-label=\"").Append(WebUtility.HtmlEncode($"{location.Path} around line {location.Line}")).Append("\"><code>");
            for (var number = Math.Max(1, location.Line - Around); number <= last; number++)
            {
                if (sources.GetLine(location.Path, number) is not { } line)
                {
                    break;
                }
                var gutter = number.ToString(CultureInfo.InvariantCulture).PadLeft(width) + " | ";
                if (number == location.Line)
                {
                    html.Append("<span class=\"at\">").Append(WebUtility.HtmlEncode(gutter + line)).Append("</span>\n")
                        .Append(new string(' ', width)).Append(" | ").Append(Padding(line, location.Column))
                        .Append("<span class=\"caret\">^</span>\n");
                }
                else
                {
                    html.Append(WebUtility.HtmlEncode(gutter + line)).Append('\n');
                }
            }
            html.Append("</code></pre>\n");
        }
        if (diagnostic.Hint is { } hint)
        {
            html.Append("<p class=\"hint\">Hint: ").Append(WebUtility.HtmlEncode(hint)).Append("</p>\n");
        }
        html.Append("</section>\n");
    }
}
