using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class HeadingLevelsTests
{
    [Fact]
    public void Warns_when_a_heading_skips_a_level_at_the_heading()
    {
        using var site = new TempSite("""
            -- content/articles/a.md --
            ---
            title: A
            ---
            ## Part one

            #### Detail

            ### Back in order
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.HeadingLevelSkipped));
        Assert.Equal(new SourceLocation("content/articles/a.md", 6, 1), warning.Location);
        Assert.Equal("the heading \"Detail\" skips a level: h4 after h2", warning.Message);
        Assert.StartsWith("use ### (h3) here", warning.Hint);
    }

    [Fact]
    public void Expects_the_text_to_start_at_h2_under_a_title_printed_as_h1()
    {
        using var site = new TempSite("-- content/articles/a.md --\n---\ntitle: A\n---\nIntro.\n\n### Too deep at first\n");

        var result = site.Check();

        Assert.Equal("the heading \"Too deep at first\" skips a level: h3 after h1", Assert.Single(result.WithCode(DiagnosticCodes.HeadingLevelSkipped)).Message);
    }

    [Fact]
    public void Warns_about_a_second_h1_when_the_layout_prints_the_title_as_one()
    {
        using var site = new TempSite("""
            -- content/articles/a.md --
            ---
            title: A
            ---
            Setext headings count too.

            A big heading
            =============

            ## Then a section
            """);

        var result = site.Check();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SecondTitleHeading, warning.Code);
        Assert.Equal(new SourceLocation("content/articles/a.md", 6, 1), warning.Location);
        Assert.Equal("start the text's sections at ## (h2)", warning.Hint);
    }

    [Fact]
    public void Accepts_an_h1_in_the_text_when_the_layout_prints_no_title()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/bare.html --
            ---
            layout: base
            ---
            <div class="bare">{{ content }}</div>
            -- content/landing.md --
            ---
            title: Landing
            layout: bare
            ---
            # Welcome

            ## What we do
            """);

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Counts_the_front_matter_lines_before_a_heading_deep_in_the_file()
    {
        using var site = new TempSite("""
            -- content/articles/a.md --
            ---
            title: A
            date: 2024-05-01
            tags: [one, two]
            categories: [Three]
            summary: "Four"
            author: Five
            weight: 6
            toc: true
            scripture: false
            noindex: false
            ---
            ## Fine

            #### Skipped
            """);

        var result = site.Check();

        Assert.Equal(new SourceLocation("content/articles/a.md", 15, 1), Assert.Single(result.WithCode(DiagnosticCodes.HeadingLevelSkipped)).Location);
    }
}
