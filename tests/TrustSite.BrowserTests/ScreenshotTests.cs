using Microsoft.Playwright;
using TrustSite.BrowserTests.Hosting;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>Keeps full-page screenshots of the home page and the seed article under tests/artifacts/screenshots/, for people to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture site)
{
    [Theory]
    [InlineData("home", SitePages.Home, 375, "light")]
    [InlineData("home", SitePages.Home, 1280, "light")]
    [InlineData("home", SitePages.Home, 375, "dark")]
    [InlineData("home", SitePages.Home, 1280, "dark")]
    [InlineData("article", SitePages.Article, 375, "light")]
    [InlineData("article", SitePages.Article, 1280, "light")]
    [InlineData("article", SitePages.Article, 375, "dark")]
    [InlineData("article", SitePages.Article, 1280, "dark")]
    public async Task Saves_a_full_page_screenshot(string name, string path, int width, string scheme)
    {
        var viewport = Viewport.Parse(width, scheme);
        var response = await site.Probe.OpenAsync(path, viewport);
        PageAssert.Served(response, path);
        var file = Path.Combine(RepoPaths.Screenshots, $"{name}-{width}-{scheme}.png");
        Directory.CreateDirectory(RepoPaths.Screenshots);

        await site.Probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        var png = await File.ReadAllBytesAsync(file);
        Assert.True(png.Length > 1000, $"{file} is only {png.Length} bytes");
        // A PNG's width is the big-endian integer at bytes 16-19; a page wider than the window would widen the shot.
        Assert.Equal(width, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
    }
}
