using AngleSharp.Html.Parser;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Builds a site made by the importer, and reads the imported seed article as a reader's browser would.</summary>
public sealed class ImportedSiteBuildTests : IDisposable
{
    private readonly TempSite _site = new("");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_imported_seed_article_renders_with_its_headings_lists_and_quote()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var page = new HtmlParser().ParseDocument(_site.ReadOutput("articles/did-you-fail-your-partner/index.html"));
        Assert.Equal("Did you fail your partner? 5 tips to rebuild their trust", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Some considerations to rebuild their trust", "1. Show your sincere regret", "2. Make the relationship your priority",
             "3. Show your main interest: him or her", "4. Focus on reconnecting", "5. Don’t rush physical sexual contact", "God and intimacy in marriage"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal([3, 5, 3], page.QuerySelectorAll("main ul").Select(u => u.Children.Length));
        var quote = Assert.Single(page.QuerySelectorAll("main blockquote"));
        Assert.Contains("they shall become one flesh", quote.TextContent);
        Assert.Contains("(Genesis 2.24)", quote.TextContent);
        Assert.NotNull(page.QuerySelector("main em"));
        Assert.Equal("tel:+14076180212", page.QuerySelector("main a[href^='tel:']")!.GetAttribute("href"));
        Assert.True(_site.OutputExists("articles/did-you-fail-your-partner/hands-1024x683.png"));
    }

    [Fact]
    public void Links_between_imported_articles_point_at_their_new_addresses()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var page = new HtmlParser().ParseDocument(_site.ReadOutput("articles/what-forgiveness-is/index.html"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/did-you-fail-your-partner/");
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/what-forgiveness-is/healing-guide.pdf");
    }

    [Fact]
    public void The_bilingual_site_builds_with_its_accents_and_emoji()
    {
        ImportRun.Import(_site.Root, "bilingual.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var spanish = _site.ReadOutput("articles/que-es-el-perdon/index.html");
        Assert.Contains("¿Por dónde empezar?", spanish);
        Assert.Contains("🌅", spanish);
        Assert.True(_site.OutputExists("articles/✝️-fe-esperanza-y-amor/index.html"));
    }
}
