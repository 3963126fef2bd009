using System.Collections.Immutable;
using System.Text;
using TrustSite.Markdown;

namespace TrustSite.Templating.Views;

/// <summary>Renders a document's headings as a nested list of links: the top level used, and the level below it.</summary>
public static class TableOfContents
{
    public static RawHtml Render(ImmutableArray<Heading> headings)
    {
        if (headings.Length == 0)
        {
            return RawHtml.Empty;
        }
        var top = headings.Min(h => h.Level);
        var entries = new List<(Heading Heading, List<Heading> Children)>();
        foreach (var heading in headings)
        {
            if (heading.Level == top || entries.Count == 0)
            {
                entries.Add((heading, []));
            }
            else if (heading.Level == top + 1)
            {
                entries[^1].Children.Add(heading);
            }
        }
        var html = new StringBuilder();
        AppendList(html, entries);
        return new RawHtml(html.ToString());
    }

    private static void AppendList(StringBuilder html, List<(Heading Heading, List<Heading> Children)> entries)
    {
        html.Append("<ol>");
        foreach (var (heading, children) in entries)
        {
            html.Append("<li>");
            AppendLink(html, heading);
            if (children.Count > 0)
            {
                html.Append("<ol>");
                foreach (var child in children)
                {
                    html.Append("<li>");
                    AppendLink(html, child);
                    html.Append("</li>");
                }
                html.Append("</ol>");
            }
            html.Append("</li>");
        }
        html.Append("</ol>");
    }

    private static void AppendLink(StringBuilder html, Heading heading) =>
        html.Append("<a href=\"#").Append(HtmlEscaper.Escape(heading.Id)).Append("\">").Append(HtmlEscaper.Escape(heading.Text)).Append("</a>");
}
