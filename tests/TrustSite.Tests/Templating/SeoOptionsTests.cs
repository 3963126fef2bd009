using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Templating;

/// <summary>site.yml's seo: options (image, titlePattern) in the head of pages built with the trust theme.</summary>
public class SeoOptionsTests
{
    private const string Content = """
        -- content/about.md --
        ---
        title: About us
        ---
        About.
        -- content/articles/hope/index.md --
        ---
        title: Hope
        date: 2024-01-01
        image: cover.svg
        ---
        Text.
        -- content/articles/hope/cover.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"></svg>
        """;

    private static IDocument Page(TempSite site, string file) => new HtmlParser().ParseDocument(site.ReadOutput(file));

    private static string? Meta(IDocument page, string selector) => page.Head!.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public void The_seo_image_stands_in_for_pages_without_their_own()
    {
        using var site = new TempSite($"-- site.yml --\n{TempSite.MinimalConfig}\ntheme: plain\nseo:\n  image: /images/share.png\n{Content}").WithTrustTheme();

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        var about = Page(site, "about/index.html");
        Assert.Equal("https://example.org/images/share.png", Meta(about, "meta[property='og:image']"));
        Assert.Equal("https://example.org/images/share.png", Meta(about, "meta[name='twitter:image']"));
        Assert.Equal("summary_large_image", Meta(about, "meta[name='twitter:card']"));
        Assert.Equal("https://example.org/images/share.png", Meta(Page(site, "index.html"), "meta[property='og:image']"));
        var article = Page(site, "articles/hope/index.html");
        Assert.Equal("https://example.org/articles/hope/cover.svg", Meta(article, "meta[property='og:image']"));
    }

    [Fact]
    public void Without_an_seo_image_pages_without_their_own_have_a_small_card_and_no_image()
    {
        using var site = new TempSite(Content).WithTrustTheme();

        site.Build();

        var about = Page(site, "about/index.html");
        Assert.Null(Meta(about, "meta[property='og:image']"));
        Assert.Equal("summary", Meta(about, "meta[name='twitter:card']"));
        Assert.Equal("summary_large_image", Meta(Page(site, "articles/hope/index.html"), "meta[name='twitter:card']"));
    }

    [Fact]
    public void The_title_pattern_shapes_every_title_but_the_homes()
    {
        using var site = new TempSite($"-- site.yml --\n{TempSite.MinimalConfig}\ntheme: plain\nseo:\n  titlePattern: \"{{site}} — {{title}}\"\n{Content}").WithTrustTheme();

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("Test site — About us", Page(site, "about/index.html").Title);
        Assert.Equal("Test site — Hope", Page(site, "articles/hope/index.html").Title);
        Assert.Equal("Test site", Page(site, "index.html").Title);
        Assert.Equal("About us", Meta(Page(site, "about/index.html"), "meta[property='og:title']"));
    }

    [Fact]
    public void The_default_title_pattern_puts_the_site_after_the_page()
    {
        using var site = new TempSite(Content).WithTrustTheme();

        site.Build();

        Assert.Equal("About us · Test site", Page(site, "about/index.html").Title);
    }
}
