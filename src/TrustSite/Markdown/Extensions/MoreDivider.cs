using Markdig.Syntax;

namespace TrustSite.Markdown.Extensions;

/// <summary>Finds the &lt;!--more--&gt; line that ends an article's summary, whether raw HTML is on (a comment block) or off (a paragraph of text).</summary>
public static class MoreDivider
{
    public const string Marker = "<!--more-->";

    /// <summary>Removes the divider from the tree and returns the top-level blocks before it, or null when there is none.</summary>
    public static List<Block>? Split(MarkdownDocument tree, string body)
    {
        if (!body.Contains(Marker, StringComparison.Ordinal))
        {
            return null;
        }
        for (var i = 0; i < tree.Count; i++)
        {
            // The source text, not the rendered inlines: typography would already have turned "--" into a dash.
            var block = tree[i];
            if (block is HtmlBlock or ParagraphBlock && block.Span.End < body.Length && body.Substring(block.Span.Start, block.Span.Length).Trim() == Marker)
            {
                var summary = tree.Take(i).ToList();
                tree.RemoveAt(i);
                return summary;
            }
        }
        return null;
    }
}
