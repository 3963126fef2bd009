using TrustSite.Configuration;
using TrustSite.Markdown;

namespace TrustSite.Tests.Markdown;

public class TextStatisticsTests
{
    private static (int Words, string Summary) Measure(string markdown) =>
        TextStatistics.Measure(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create(MarkdownOptions.Default)));

    private static string Words(int from, int to, string separator = " ") =>
        string.Join(separator, Enumerable.Range(from, to - from + 1).Select(n => $"w{n}"));

    [Fact]
    public void Takes_the_first_sixty_words_across_paragraphs_and_marks_the_cut()
    {
        var (words, summary) = Measure($"# Title here\n\n{Words(1, 50)}\n\n{Words(51, 70)}\n");

        Assert.Equal(72, words);
        Assert.Equal(Words(1, 60) + "…", summary);
    }

    [Fact]
    public void Adds_no_mark_when_the_text_has_exactly_sixty_words()
    {
        Assert.Equal(Words(1, 60), Measure($"{Words(1, 30)}\n\n{Words(31, 60)}\n").Summary);
    }

    [Fact]
    public void Joins_words_with_single_spaces_whatever_separated_them()
    {
        var (_, summary) = Measure("one  **two**\nthree\u00a0four\t five *six*\n\nseven\n");

        Assert.Equal("one two three four five six seven", summary);
    }

    [Fact]
    public void Reads_a_paragraph_longer_than_the_reused_buffer()
    {
        // Longer than the worker's 4,096-character buffer: the builder grows into chunks, and the text is read whole anyway.
        var words = string.Join(" ", Enumerable.Range(1, 2_000).Select(n => $"word{n}"));

        var (count, summary) = Measure(words + "\n");

        Assert.Equal(2_000, count);
        Assert.Equal(string.Join(" ", Enumerable.Range(1, 60).Select(n => $"word{n}")) + "…", summary);
        Assert.Equal(Words(1, 3), Measure(Words(1, 3) + "\n").Summary);
    }
}
