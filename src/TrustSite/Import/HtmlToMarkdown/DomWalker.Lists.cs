using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TrustSite.Import.HtmlToMarkdown;

internal sealed partial class DomWalker
{
    /// <summary>A Markdown list; items holding one paragraph each stay tight, as the HTML list showed them.</summary>
    private MarkdownBlock List(IElement list, MarkdownBlock? previous)
    {
        var ordered = list.LocalName == "ol";
        // Two lists in a row with the same marker would merge into one in Markdown; the second takes the other marker.
        var marker = ordered ? '.' : '-';
        if (previous is { Kind: MarkdownBlockKind.List } && previous.Marker == marker)
        {
            marker = ordered ? ')' : '*';
        }
        var items = ListItems(list);
        var tight = items.All(IsTight);
        var start = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(tight ? "\n" : "\n\n");
            }
            var bullet = ordered ? (start + i).ToString(CultureInfo.InvariantCulture) + marker + " " : marker + " ";
            var body = string.Join(tight ? "\n" : "\n\n", items[i].Select(b => b.Text));
            text.Append(body.Length == 0 ? bullet.TrimEnd() : Indent(body, bullet));
        }
        return new MarkdownBlock(text.ToString(), MarkdownBlockKind.List, marker);
    }

    private List<List<MarkdownBlock>> ListItems(IElement list)
    {
        var items = new List<List<MarkdownBlock>>();
        foreach (var child in list.Children)
        {
            if (child.LocalName == "li")
            {
                items.Add(Blocks(child));
            }
            else if (child.LocalName is "ul" or "ol" && items.Count > 0)
            {
                // WordPress's classic editor writes a sub-list beside the item it belongs to, not inside it.
                items[^1].Add(List(child, null));
            }
        }
        return items;
    }

    // An ordered sub-list not starting at 1 cannot interrupt a paragraph, so it needs a blank line, and the list turns loose.
    private static bool IsTight(List<MarkdownBlock> item) =>
        item.Count(b => b.Kind != MarkdownBlockKind.List) <= 1
        && item.Skip(1).All(b => b.Kind == MarkdownBlockKind.List && !OrderedNotFromOne().IsMatch(b.Text));

    private static string Indent(string body, string bullet)
    {
        var padding = new string(' ', bullet.Length);
        var lines = body.Split('\n');
        return bullet + lines[0] + string.Concat(lines.Skip(1).Select(l => "\n" + (l.Length == 0 ? "" : padding + l)));
    }

    private static string CodeBlock(IElement pre)
    {
        var code = new StringBuilder();
        PreformattedText(pre, code);
        var text = code.ToString().ReplaceLineEndings("\n").Trim('\n');
        var language = Language(pre) ?? (pre.QuerySelector("code") is { } inner ? Language(inner) : null);
        var fence = new string('`', Math.Max(3, MarkdownText.LongestRun(text, '`') + 1));
        return $"{fence}{language}\n{text}\n{fence}";
    }

    private static void PreformattedText(INode node, StringBuilder code)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    code.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    code.Append('\n');
                    break;
                default:
                    PreformattedText(child, code);
                    break;
            }
        }
    }

    private static string? Language(IElement element)
    {
        var match = CodeLanguage().Match(element.ClassName ?? "");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"(?:^|\s)(?:language-|lang-|brush:\s*)([A-Za-z0-9_+#-]+)")]
    private static partial Regex CodeLanguage();

    [GeneratedRegex(@"^(?:[02-9]|\d{2,})[.)] ")]
    private static partial Regex OrderedNotFromOne();
}
