using System.Text;
using Markdig.Syntax;

namespace TrustSite.Markdown;

/// <summary>Word count and an automatic summary, from the visible text of a document's paragraphs, headings and lists.</summary>
public static class TextStatistics
{
    public const int SummaryWords = 60;

    public static (int WordCount, string Summary) Measure(MarkdownDocument tree) => Measure(TreeInventory.Take(tree).Leaves);

    /// <param name="leaves">The document's leaf blocks in order, from <see cref="TreeInventory"/>.</param>
    public static (int WordCount, string Summary) Measure(IReadOnlyList<LeafBlock> leaves)
    {
        var words = 0;
        var summary = new StringBuilder();
        var summaryWords = 0;
        foreach (var leaf in leaves)
        {
            var count = leaf.Inline is not null ? PlainText.CountWords(leaf.Inline) : leaf is CodeBlock code ? PlainText.CountWords(code.Lines) : 0;
            words += count;
            // The automatic summary is built from paragraphs only: headings and code read badly out of context.
            if (summaryWords < SummaryWords && leaf is ParagraphBlock && count > 0)
            {
                var text = new StringBuilder();
                PlainText.Append(text, leaf.Inline);
                summaryWords += AppendWords(summary, text.ToString(), SummaryWords - summaryWords);
            }
        }
        return (words, summary.ToString());
    }

    /// <summary>Appends up to <paramref name="max"/> words, cut on a word boundary with an ellipsis when shortened.</summary>
    private static int AppendWords(StringBuilder summary, string text, int max)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var taken = Math.Min(parts.Length, max);
        if (summary.Length > 0)
        {
            summary.Append(' ');
        }
        summary.AppendJoin(' ', parts.Take(taken));
        if (taken < parts.Length)
        {
            summary.Append('…');
        }
        return parts.Length > max ? max : taken;
    }
}
