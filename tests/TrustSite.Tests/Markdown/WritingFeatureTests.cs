using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Markdown;

/// <summary>Tables of contents and automatic summaries, built end to end through the trust theme.</summary>
public class WritingFeatureTests
{
    private const string Headings = "## One\n\nText.\n\n## Two\n\nText.\n\n### Two and a half\n\nText.\n\n## Three\n\nText.\n";

    [Fact]
    public void Site_wide_toc_gives_articles_with_enough_headings_a_table_of_contents()
    {
        using var site = new TempSite($"""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            markdown:
              toc: true
            -- content/articles/long.md --
            ---
            title: Long
            date: 2024-01-01
            ---
            {Headings}
            -- content/articles/short.md --
            ---
            title: Short
            date: 2024-01-02
            ---
            ## Only one

            Text.
            -- content/articles/opted-out.md --
            ---
            title: Opted out
            date: 2024-01-03
            toc: false
            ---
            {Headings}
            """).WithTrustTheme();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var parser = new HtmlParser();
        var toc = parser.ParseDocument(site.ReadOutput("articles/long/index.html")).QuerySelector("nav.toc")!;
        Assert.Equal(["#one", "#two", "#two-and-a-half", "#three"], toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var long_ = parser.ParseDocument(site.ReadOutput("articles/long/index.html"));
        Assert.All(toc.QuerySelectorAll("a"), a => Assert.NotNull(long_.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Null(parser.ParseDocument(site.ReadOutput("articles/short/index.html")).QuerySelector("nav.toc"));
        Assert.Null(parser.ParseDocument(site.ReadOutput("articles/opted-out/index.html")).QuerySelector("nav.toc"));
    }

    [Fact]
    public void Without_site_wide_toc_an_article_has_none_unless_it_asks()
    {
        using var site = new TempSite($"-- content/articles/long.md --\n---\ntitle: Long\ndate: 2024-01-01\n---\n{Headings}\n-- content/articles/asks.md --\n---\ntitle: Asks\ndate: 2024-01-02\ntoc: true\n---\n{Headings}\n").WithTrustTheme();

        site.Build();

        var parser = new HtmlParser();
        Assert.Null(parser.ParseDocument(site.ReadOutput("articles/long/index.html")).QuerySelector("nav.toc"));
        Assert.NotNull(parser.ParseDocument(site.ReadOutput("articles/asks/index.html")).QuerySelector("nav.toc"));
    }

    [Theory]
    [InlineData("*emphasised words that run past the cut*", "emphasised")]
    [InlineData("[a link whose words run past the cut](https://example.org/far/)", "link")]
    [InlineData("**strong `code` words that run past the cut**", "strong")]
    public void An_automatic_summary_cut_inside_markup_stays_plain_well_formed_text(string markup, string firstWordOfMarkup)
    {
        var before = string.Join(' ', Enumerable.Range(1, 57).Select(i => "word" + i));
        using var site = new TempSite($"-- content/articles/cut.md --\n---\ntitle: Cut\ndate: 2024-01-01\n---\n{before} {markup} and more after it.\n").WithTrustTheme();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var parser = new HtmlParser();
        var summary = parser.ParseDocument(site.ReadOutput("articles/index.html")).QuerySelector(".card-summary")!;
        var description = parser.ParseDocument(site.ReadOutput("articles/cut/index.html")).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        foreach (var text in new[] { summary.TextContent.Trim(), description })
        {
            Assert.StartsWith("word1 word2 ", text);
            Assert.EndsWith("…", text);
            Assert.Equal(60, text.TrimEnd('…').Split(' ').Length);
            Assert.Contains(" " + firstWordOfMarkup + " ", text);
            Assert.DoesNotContain("run past the cut", text);
            Assert.DoesNotContain("after it", text);
            Assert.DoesNotContain("*", text);
            Assert.DoesNotContain("[", text);
            Assert.DoesNotContain("](", text);
            Assert.DoesNotContain("`", text);
            Assert.DoesNotContain("<", text);
        }
        Assert.Empty(summary.Children);
    }
}
