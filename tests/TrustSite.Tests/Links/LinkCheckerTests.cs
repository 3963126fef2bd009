using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Links;

public class LinkCheckerTests
{
    [Fact]
    public void Reports_a_missing_image_as_an_image_with_a_hint_about_its_file()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            ![A sunrise](sunrise.png) and [a page](/nowhere/)
            """);

        var result = site.Build();

        Assert.Equal(
            [("content/articles/hope.md:4:1", "missing image: the site has no file at /articles/hope/sunrise.png"),
             ("content/articles/hope.md:4:31", "broken link: the site has no page or file at /nowhere/")],
            result.WithCode(DiagnosticCodes.BrokenLink).Select(d => (d.Location.ToString(), d.Message)));
        Assert.StartsWith("check the file's name", result.Diagnostics[0].Hint);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Reports_a_missing_img_tag_source_as_a_missing_image()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter:
              action: https://newsletter.example.org/subscribe
            markdown:
              unsafe: true
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            <p><img src="gone.png" alt="Gone"></p>
            """);

        var result = site.Build();

        var error = Assert.Single(result.WithCode(DiagnosticCodes.BrokenLink));
        Assert.Equal("missing image: the site has no file at /articles/hope/gone.png", error.Message);
        Assert.Equal(new SourceLocation("content/articles/hope.md", 4, 14), error.Location);
    }
}
