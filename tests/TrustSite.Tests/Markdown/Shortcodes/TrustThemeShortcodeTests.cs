using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Markdown.Shortcodes;

/// <summary>The shortcodes the trust theme ships, written in an article and built through the theme, and a child theme replacing one.</summary>
public class TrustThemeShortcodeTests
{
    private const string Config = """
        -- site.yml --
        title: Test site
        baseUrl: https://example.org/
        theme: plain
        newsletter:
          action: https://newsletter.example.org/subscribe
        scripture:
          en:
            version: NIV
        """;

    private static IDocument Built(TempSite site, string page)
    {
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return new HtmlParser().ParseDocument(site.ReadOutput(page));
    }

    [Fact]
    public void Scripture_quotes_the_inner_markdown_and_links_the_reference()
    {
        using var site = new TempSite(Config + """

            -- content/articles/love.md --
            ---
            title: Love
            date: 2024-01-01
            ---
            {{< scripture ref="1 Corinthians 13:4" >}}
            Love is **patient**, love is kind.
            {{< /scripture >}}
            """).WithTrustTheme();

        var page = Built(site, "articles/love/index.html");

        var figure = Assert.Single(page.QuerySelectorAll(".prose figure.scripture"));
        Assert.Equal("patient", figure.QuerySelector("blockquote p strong")!.TextContent);
        var cite = figure.QuerySelector("figcaption cite a")!;
        Assert.Equal("1 Corinthians 13:4", cite.TextContent);
        Assert.StartsWith("https://www.biblegateway.com/passage/?search=", cite.GetAttribute("href"));
        Assert.Contains("version=NIV", cite.GetAttribute("href"));
    }

    [Fact]
    public void Newsletter_puts_a_titled_signup_form_in_the_article()
    {
        using var site = new TempSite(Config + """

            -- content/articles/news.md --
            ---
            title: News
            date: 2024-01-01
            ---
            Before.

            {{< newsletter title="Stay close" >}}
            """).WithTrustTheme();

        var page = Built(site, "articles/news/index.html");

        var aside = Assert.Single(page.QuerySelectorAll(".prose aside.cta"));
        var heading = aside.QuerySelector("h2")!;
        Assert.Equal("Stay close", heading.TextContent);
        Assert.Equal(heading.Id, aside.GetAttribute("aria-labelledby"));
        Assert.Equal("https://newsletter.example.org/subscribe", aside.QuerySelector("form")!.GetAttribute("action"));
        Assert.NotNull(aside.QuerySelector("form input[type=email][required]"));
    }

    [Fact]
    public void Crisis_shows_the_notice_with_the_authors_words_and_the_themes_text_as_html()
    {
        using var site = new TempSite(Config + """

            -- content/articles/help.md --
            ---
            title: Help
            date: 2024-01-01
            ---
            {{< crisis >}}
            Call your *pastor* as well.
            {{< /crisis >}}
            """).WithTrustTheme();

        var page = Built(site, "articles/help/index.html");

        var aside = Assert.Single(page.QuerySelectorAll(".prose aside.crisis-notice"));
        var heading = aside.QuerySelector("h2")!;
        Assert.False(string.IsNullOrWhiteSpace(heading.TextContent));
        Assert.Equal(heading.Id, aside.GetAttribute("aria-labelledby"));
        var paragraphs = aside.QuerySelectorAll("p");
        Assert.Equal("Call your pastor as well.", paragraphs[0].TextContent);
        Assert.Equal("pastor", paragraphs[0].QuerySelector("em")!.TextContent);
        Assert.DoesNotContain("&lt;", paragraphs[^1].InnerHtml);
    }

    [Fact]
    public void Figure_and_gallery_show_bundle_images_with_their_sizes_and_caption()
    {
        using var site = new TempSite(Config + """

            -- content/articles/hope/index.md --
            ---
            title: Hope
            date: 2024-01-01
            ---
            {{< figure src="hills.svg" alt="Hills at dawn" caption="Morning light" >}}

            {{< gallery >}}
            ![One](one.svg)
            ![Two](two.svg)
            {{< /gallery >}}
            -- content/articles/hope/hills.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"></svg>
            -- content/articles/hope/one.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>
            -- content/articles/hope/two.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>
            """).WithTrustTheme();

        var page = Built(site, "articles/hope/index.html");

        var figure = Assert.Single(page.QuerySelectorAll(".prose figure.figure"));
        var image = figure.QuerySelector("img")!;
        Assert.Equal("/articles/hope/hills.svg", image.GetAttribute("src"));
        Assert.Equal("Hills at dawn", image.GetAttribute("alt"));
        Assert.Equal(("800", "450"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("Morning light", figure.QuerySelector("figcaption")!.TextContent);
        var gallery = Assert.Single(page.QuerySelectorAll(".prose .gallery"));
        Assert.Equal(["One", "Two"], gallery.QuerySelectorAll("img").Select(i => i.GetAttribute("alt")));
        Assert.True(site.OutputExists("articles/hope/one.svg"));
    }

    [Fact]
    public void A_child_theme_replaces_a_shipped_shortcode_and_keeps_the_others()
    {
        using var site = new TempSite(Config + """

            -- themes/kind/theme.yml --
            name: kind
            extends: trust
            -- themes/kind/shortcodes/scripture.html --
            <div class="verse">{{ arg "ref" "" }}: {{ inner }}</div>
            -- content/articles/love.md --
            ---
            title: Love
            date: 2024-01-01
            ---
            {{< scripture ref="John 3:16" >}}
            For God so loved the world.
            {{< /scripture >}}

            {{< crisis >}}
            """).WithTrustTheme();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("theme: trust", "theme: kind", StringComparison.Ordinal));

        var page = Built(site, "articles/love/index.html");

        Assert.Empty(page.QuerySelectorAll("figure.scripture"));
        var verse = Assert.Single(page.QuerySelectorAll(".prose div.verse"));
        Assert.StartsWith("John 3:16:", verse.TextContent);
        Assert.Contains("For God so loved the world.", verse.TextContent);
        Assert.Single(page.QuerySelectorAll(".prose aside.crisis-notice"));
    }
}
