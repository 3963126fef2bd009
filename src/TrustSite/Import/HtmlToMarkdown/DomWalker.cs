using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Walks one document's DOM and writes Markdown: blocks here, inlines, lists and media in the other parts.</summary>
internal sealed partial class DomWalker(IConversionLinks links, List<ConversionIssue> issues)
{
    // Stands for <br> while a paragraph is built, so that runs of breaks can become paragraph breaks.
    private const char HardBreak = '\u2028';

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "hr", "figure", "figcaption",
        "section", "article", "header", "footer", "main", "aside", "nav", "address", "center", "hgroup", "menu", "dd", "dt",
        "iframe", "ts-figure", "ts-gallery", "ts-embed",
    };

    private static readonly HashSet<string> RawBlockTags = new(StringComparer.Ordinal)
    {
        "form", "dl", "details", "video", "audio", "object", "embed", "script", "style", "noscript", "canvas", "svg", "math", "fieldset",
        "select", "textarea",
    };

    public string Convert(IElement body)
    {
        var blocks = Blocks(body);
        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks.Select(b => b.Text)) + "\n";
    }

    private List<MarkdownBlock> Blocks(INode container)
    {
        var blocks = new List<MarkdownBlock>();
        var inline = new StringBuilder();
        foreach (var child in container.ChildNodes)
        {
            if (child is IElement element && IsBlock(element))
            {
                FlushParagraphs(inline, blocks);
                AddBlock(element, blocks);
            }
            else
            {
                Inline(child, inline);
            }
        }
        FlushParagraphs(inline, blocks);
        return blocks;
    }

    private void AddBlock(IElement element, List<MarkdownBlock> blocks)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                AddIfAny(blocks, Heading(element), MarkdownBlockKind.Other);
                break;
            case "ul" or "ol":
                blocks.Add(List(element, blocks.LastOrDefault()));
                break;
            case "blockquote":
                AddIfAny(blocks, Quote(element), MarkdownBlockKind.Other);
                break;
            case "pre":
                blocks.Add(new MarkdownBlock(CodeBlock(element), MarkdownBlockKind.Other));
                break;
            case "table":
                blocks.AddRange(Table(element));
                break;
            case "hr":
                blocks.Add(new MarkdownBlock("---", MarkdownBlockKind.Other));
                break;
            case "cite":
                AddIfAny(blocks, InlineText(element) is { Length: > 0 } cite ? "— " + cite : "", MarkdownBlockKind.Paragraph);
                break;
            case "figure":
                blocks.AddRange(Figure(element));
                break;
            case "ts-figure":
                blocks.AddRange(CaptionShortcode(element));
                break;
            case "ts-gallery":
                AddIfAny(blocks, GalleryShortcode(element), MarkdownBlockKind.Other);
                break;
            case "ts-embed":
                AddIfAny(blocks, EmbedLink(element.GetAttribute("data-url") ?? ""), MarkdownBlockKind.Paragraph);
                break;
            case "iframe":
                AddIfAny(blocks, Iframe(element), MarkdownBlockKind.Paragraph);
                break;
            case var name when RawBlockTags.Contains(name):
                blocks.Add(RawBlock(element, $"<{name}>"));
                break;
            default:
                blocks.AddRange(Blocks(element));
                break;
        }
    }

    private bool IsBlock(IElement element) =>
        BlockTags.Contains(element.LocalName) || RawBlockTags.Contains(element.LocalName)
        || (element.LocalName == "cite" && element.ParentElement?.LocalName == "blockquote")
        // An inline element wrapping a block (<span><ul>...</ul></span>) is treated as the block it holds.
        || element.Descendants<IElement>().Any(d => BlockTags.Contains(d.LocalName) || RawBlockTags.Contains(d.LocalName));

    private MarkdownBlock RawBlock(IElement element, string description)
    {
        issues.Add(new ConversionIssue(ConversionIssueKind.RawHtml, description));
        // A blank line would end the HTML block in Markdown and show the rest as text.
        var lines = element.OuterHtml.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        return new MarkdownBlock(string.Join('\n', lines), MarkdownBlockKind.Other);
    }

    private static void AddIfAny(List<MarkdownBlock> blocks, string text, MarkdownBlockKind kind)
    {
        if (text.Length > 0)
        {
            blocks.Add(new MarkdownBlock(text, kind));
        }
    }

    /// <summary>Ends the running inline text: runs of two or more breaks split paragraphs, one break is a Markdown hard break.</summary>
    private static void FlushParagraphs(StringBuilder inline, List<MarkdownBlock> blocks)
    {
        if (inline.Length == 0)
        {
            return;
        }
        var text = inline.ToString();
        inline.Clear();
        foreach (var paragraph in text.Split(HardBreak + "" + HardBreak))
        {
            var lines = paragraph.Split(HardBreak).Select(l => Spaces().Replace(l, " ").Trim(' ')).ToList();
            while (lines.Count > 0 && lines[0].Trim().Length == 0)
            {
                lines.RemoveAt(0);
            }
            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
            if (lines.Count > 0)
            {
                blocks.Add(new MarkdownBlock(string.Join("\\\n", lines.Select(MarkdownText.EscapeLineStart)), MarkdownBlockKind.Paragraph));
            }
        }
    }

    private string Heading(IElement element)
    {
        var text = InlineText(element);
        if (text.Length == 0)
        {
            return "";
        }
        // A heading ending in " #" would lose it: Markdown reads trailing #s as the heading's closing marks.
        if (text.EndsWith('#'))
        {
            text = text[..^1] + "\\#";
        }
        return new string('#', element.LocalName[1] - '0') + " " + text;
    }

    private string Quote(IElement element)
    {
        var inner = string.Join("\n\n", Blocks(element).Select(b => b.Text));
        return inner.Length == 0 ? "" : string.Join('\n', inner.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
