using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using TrustSite.Urls;

namespace TrustSite.Import.HtmlToMarkdown;

internal sealed partial class DomWalker
{
    private readonly HashSet<string> _openMarkers = new(StringComparer.Ordinal);
    private bool _inTable;

    /// <summary>The Markdown of an element's inline content on one line, breaks turned into spaces.</summary>
    private string InlineText(INode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            Inline(child, text);
        }
        return Whitespace().Replace(text.ToString().Replace(HardBreak, ' '), " ").Trim();
    }

    private void Inline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                AppendText(text, MarkdownText.Escape(Whitespace().Replace(t.Data, " "), _inTable));
                break;
            case IElement element:
                InlineElement(element, text);
                break;
        }
    }

    private void InlineElement(IElement element, StringBuilder text)
    {
        switch (element.LocalName)
        {
            case "br":
                TrimEndSpaces(text);
                text.Append(HardBreak);
                break;
            case "strong" or "b":
                Wrap(element, "**", text);
                break;
            case "em" or "i" or "cite" or "dfn" or "var":
                Wrap(element, "*", text);
                break;
            case "del" or "s" or "strike":
                Wrap(element, "~~", text);
                break;
            case "mark":
                Wrap(element, "==", text);
                break;
            case "code" or "kbd" or "samp" or "tt":
                AppendText(text, MarkdownText.CodeSpan(Whitespace().Replace(element.TextContent, " ")));
                break;
            case "a":
                Link(element, text);
                break;
            case "img":
                AppendText(text, Image(element));
                break;
            case "q":
                text.Append('“');
                Children(element, text);
                text.Append('”');
                break;
            case "sup" or "sub" or "input" or "button":
                issues.Add(new ConversionIssue(ConversionIssueKind.RawHtml, $"<{element.LocalName}>"));
                AppendText(text, element.OuterHtml);
                break;
            default:
                Children(element, text);
                break;
        }
    }

    private void Children(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            Inline(child, text);
        }
    }

    /// <summary>Writes **strong** or *emphasis*, with the spaces at its edges outside the markers, where Markdown needs them.</summary>
    private void Wrap(IElement element, string marker, StringBuilder text)
    {
        if (!_openMarkers.Add(marker))
        {
            Children(element, text);
            return;
        }
        var inner = new StringBuilder();
        Children(element, inner);
        _openMarkers.Remove(marker);
        AppendAround(text, inner.ToString(), marker, marker);
    }

    /// <summary>Appends content between a prefix and a suffix, keeping the spaces and breaks at its edges outside them.</summary>
    private static void AppendAround(StringBuilder text, string content, string prefix, string suffix)
    {
        var (lead, core, trail) = Edges(content);
        if (core.Length == 0)
        {
            text.Append(content);
            return;
        }
        text.Append(lead).Append(prefix).Append(core).Append(suffix).Append(trail);
    }

    private static (string Lead, string Core, string Trail) Edges(string content)
    {
        var core = content.Trim(' ', HardBreak);
        if (core.Length == 0)
        {
            return (content, "", "");
        }
        var start = content.IndexOf(core, StringComparison.Ordinal);
        return (content[..start], core, content[(start + core.Length)..]);
    }

    private void Link(IElement element, StringBuilder text)
    {
        var href = element.GetAttribute("href")?.Trim();
        var images = element.QuerySelectorAll("img");
        var onlyImage = images.Length == 1 && element.TextContent.Trim().Length == 0;
        if (string.IsNullOrEmpty(href) || (onlyImage && links.IsMediaLink(href)))
        {
            Children(element, text);
            return;
        }
        if (!SafeUrl.IsAllowed(href))
        {
            issues.Add(new ConversionIssue(ConversionIssueKind.Replaced, $"a link to \"{Shorten(href)}\" was removed, its text kept"));
            Children(element, text);
            return;
        }
        var inner = new StringBuilder();
        Children(element, inner);
        var label = inner.ToString();
        if (label.Trim(' ', HardBreak).Length == 0)
        {
            text.Append(label);
            return;
        }
        var target = links.Link(href);
        if (element.TextContent.Trim() == href && SafeUrl.IsAbsoluteHttp(target) && !target.Any(c => c is ' ' or '<' or '>'))
        {
            var (lead, _, trail) = Edges(label);
            text.Append(lead).Append('<').Append(target).Append('>').Append(trail);
            return;
        }
        AppendAround(text, label, "[", $"]({MarkdownText.Destination(target)}{MarkdownText.Title(element.GetAttribute("title"))})");
    }

    private string Image(IElement element)
    {
        var src = (element.GetAttribute("src") ?? element.GetAttribute("data-src") ?? element.GetAttribute("data-lazy-src"))?.Trim();
        if (string.IsNullOrEmpty(src))
        {
            return "";
        }
        if (!SafeUrl.IsAllowed(src))
        {
            issues.Add(new ConversionIssue(ConversionIssueKind.Missing, "an image stored inside the HTML (data:) was left out"));
            return "";
        }
        var alt = MarkdownText.Escape(Whitespace().Replace(element.GetAttribute("alt") ?? "", " ").Trim());
        return $"![{alt}]({MarkdownText.Destination(links.Image(src))}{MarkdownText.Title(element.GetAttribute("title"))})";
    }

    // Runs of spaces are collapsed once the paragraph is complete, as a browser collapses them.
    private static void AppendText(StringBuilder text, string piece) => text.Append(piece);

    private static void TrimEndSpaces(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
