using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class SearchResultLengthsTests
{
    private static readonly string Sixty = new('a', 60);
    private static readonly string OneSixty = new('d', 160);

    [Fact]
    public void Warns_about_a_title_past_60_characters_at_its_value()
    {
        using var site = new TempSite($"""
            -- content/articles/long.md --
            ---
            title: "{Sixty}b"
            ---
            -- content/articles/fits.md --
            ---
            title: "{Sixty}"
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.TitleTooLong));
        Assert.Equal(new SourceLocation("content/articles/long.md", 2, 8), warning.Location);
        Assert.Equal("the title is 61 characters long; search results show about 60, so its end would be cut off", warning.Message);
    }

    [Fact]
    public void Counts_accented_letters_as_readers_do()
    {
        // 60 letters, each an "e" followed by a combining acute accent: 120 chars in .NET, 60 as read.
        var accented = string.Concat(Enumerable.Repeat("e\u0301", 60));
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: \"{accented}\"\n---\n");

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.TitleTooLong));
    }

    [Fact]
    public void Warns_about_a_description_past_160_characters()
    {
        using var site = new TempSite($"""
            -- content/articles/a.md --
            ---
            title: A
            description: "{OneSixty}!"
            summary: "{OneSixty}{OneSixty}"
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.DescriptionTooLong));
        Assert.Equal(new SourceLocation("content/articles/a.md", 3, 14), warning.Location);
        Assert.StartsWith("the description is 161 characters long; search results show about 160", warning.Message);
    }

    [Fact]
    public void Measures_the_summary_when_it_stands_in_for_the_description()
    {
        using var site = new TempSite($"""
            -- content/articles/a.md --
            ---
            title: A
            summary: "{OneSixty}!"
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.DescriptionTooLong));
        Assert.Equal(new SourceLocation("content/articles/a.md", 3, 10), warning.Location);
        Assert.StartsWith("the summary, which search engines get as the description, is 161 characters long", warning.Message);
        Assert.StartsWith("add a 'description:'", warning.Hint);
    }

    [Fact]
    public void Leaves_out_pages_kept_from_search_engines_and_summaries_made_from_the_text()
    {
        using var site = new TempSite($"""
            -- content/thanks.md --
            ---
            title: "{Sixty}{Sixty}"
            description: "{OneSixty}{OneSixty}"
            noindex: true
            ---
            -- content/articles/long-text.md --
            ---
            title: Long text
            ---
            {string.Join(' ', Enumerable.Repeat("word", 200))}
            """);

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
    }
}
