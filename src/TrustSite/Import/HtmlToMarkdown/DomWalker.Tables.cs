using System.Text;
using AngleSharp.Dom;

namespace TrustSite.Import.HtmlToMarkdown;

internal sealed partial class DomWalker
{
    private static readonly HashSet<string> BlocksInCells = new(StringComparer.Ordinal)
    {
        "ul", "ol", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "hr", "iframe", "form",
    };

    /// <summary>A pipe table when the table is simple (a header row, no merged cells, one line per cell), else raw HTML.</summary>
    private IEnumerable<MarkdownBlock> Table(IElement table)
    {
        var caption = table.QuerySelector("caption") is { } c ? InlineText(c) : "";
        if (caption.Length > 0)
        {
            yield return new MarkdownBlock(caption, MarkdownBlockKind.Paragraph);
        }
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var why = WhyNotSimple(table, rows);
        yield return why is null ? new MarkdownBlock(PipeTable(rows), MarkdownBlockKind.Other) : RawBlock(table, $"<table> {why}");
    }

    private static string? WhyNotSimple(IElement table, List<IElement> rows)
    {
        if (rows.Count == 0)
        {
            return "without rows";
        }
        var cells = rows.SelectMany(r => r.Children.Where(IsCell)).ToList();
        if (cells.Any(cell => Span(cell, "colspan") > 1 || Span(cell, "rowspan") > 1))
        {
            return "with merged cells";
        }
        if (rows.Select(r => r.Children.Count(IsCell)).Distinct().Count() > 1)
        {
            return "with rows of different lengths";
        }
        if (cells.Any(cell => cell.Descendants<IElement>().Any(d => BlocksInCells.Contains(d.LocalName)) || cell.QuerySelectorAll("p").Length > 1
            || cell.QuerySelector("br") is not null))
        {
            return "with lists, paragraphs or line breaks inside cells";
        }
        var header = rows[0];
        if (header.ParentElement?.LocalName != "thead" && !header.Children.Where(IsCell).All(cell => cell.LocalName == "th"))
        {
            return "without a header row";
        }
        return table.QuerySelector("table") is null ? null : "inside another table";
    }

    private string PipeTable(List<IElement> rows)
    {
        var text = new StringBuilder();
        _inTable = true;
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var cells = rows[i].Children.Where(IsCell).ToList();
                text.Append('|').AppendJoin("", cells.Select(cell => " " + InlineText(cell) + " |")).Append('\n');
                if (i == 0)
                {
                    text.Append('|').AppendJoin("", cells.Select(cell => " " + Alignment(cell) + " |")).Append('\n');
                }
            }
        }
        finally
        {
            _inTable = false;
        }
        return text.ToString().TrimEnd('\n');
    }

    private static string Alignment(IElement cell)
    {
        var style = (cell.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var classes = cell.ClassName ?? "";
        bool Is(string side) => style.Contains("text-align:" + side, StringComparison.Ordinal)
            || classes.Contains("has-text-align-" + side, StringComparison.Ordinal) || cell.GetAttribute("align") == side;
        return Is("center") ? ":---:" : Is("right") ? "---:" : Is("left") ? ":---" : "---";
    }

    private static bool IsCell(IElement element) => element.LocalName is "td" or "th";

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var span) ? span : 1;
}
