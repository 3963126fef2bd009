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
        var summary = new StringBuilder(512);
        var summaryWords = 0;
        foreach (var leaf in leaves)
        {
            var count = leaf.Inline is not null ? PlainText.CountWords(leaf.Inline) : leaf is CodeBlock code ? PlainText.CountWords(code.Lines) : 0;
            words += count;
            // The automatic summary is built from paragraphs only: headings and code read badly out of context.
            if (summaryWords < SummaryWords && leaf is ParagraphBlock && count > 0)
            {
                var text = t_paragraph ??= new StringBuilder(4096);
                text.Clear();
                PlainText.Append(text, leaf.Inline);
                summaryWords += AppendWords(summary, text, SummaryWords - summaryWords);
            }
        }
        return (words, summary.ToString());
    }

    // A paragraph's text, reused from article to article on each worker: only its first words are kept.
    [ThreadStatic]
    private static StringBuilder? t_paragraph;

    private static int AppendWords(StringBuilder summary, StringBuilder text, int max)
    {
        // Clearing leaves the builder one chunk after its first growth; a longer paragraph than ever before is copied once.
        var chunks = text.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == text.Length)
        {
            return AppendWords(summary, chunks.Current.Span, max);
        }
        return AppendWords(summary, text.ToString(), max);
    }

    /// <summary>Appends up to <paramref name="max"/> words (runs of non-space), cut on a word boundary with an ellipsis when shortened.</summary>
    private static int AppendWords(StringBuilder summary, ReadOnlySpan<char> text, int max)
    {
        var taken = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i == text.Length)
            {
                return taken;
            }
            if (taken == max)
            {
                summary.Append('…');
                return taken;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (summary.Length > 0)
            {
                summary.Append(' ');
            }
            summary.Append(text[start..i]);
            taken++;
        }
    }
}
