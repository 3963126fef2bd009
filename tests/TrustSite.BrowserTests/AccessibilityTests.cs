using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>axe-core finds nothing to fix on the pages issue 3 lists, on a phone and a desktop, in light and dark mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture site)
{
    public static TheoryData<string, int, string> Pages => SitePages.In((375, "light"), (375, "dark"), (1280, "light"), (1280, "dark"));

    /// <summary>Asks axe for the details of violations only; the nodes of every passing rule would be serialised for nothing.</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the whole page, in the page itself.</summary>
    /// <remarks>
    /// RunAxe opens a second page for every run to merge the results of cross-origin frames, which these pages never
    /// have (issue 3 forbids embeds); that made each run take about 1 s instead of 0.25 s, half of the suite's time.
    /// The in-page run ("legacy" in Deque's API) checks the same rules; if a later package drops it, call RunAxe instead.
    /// </remarks>
    private static async Task<AxeResult> RunAxeAsync(IPage page) =>
#pragma warning disable CS0618 // Obsolete in name only for pages without frames; see the remarks above.
        await page.Locator("html").RunAxeLegacy(ViolationsOnly);
#pragma warning restore CS0618

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string path, int width, string scheme)
    {
        var viewport = Viewport.Parse(width, scheme);
        var response = await site.Probe.OpenAsync(path, viewport);
        PageAssert.Served(response, path);

        var result = await RunAxeAsync(site.Probe.Page);

        Assert.True(result.Violations.Length == 0, AxeReport.Describe(path, viewport, result.Violations));
    }

    [Fact]
    public async Task Axe_reports_an_image_without_text_and_a_page_without_language()
    {
        var viewport = new Viewport(1280, ColorScheme.Light);
        await site.Probe.OpenAsync(SitePages.Privacy, viewport);
        await site.Probe.Page.EvaluateAsync("""
            () => {
              document.documentElement.removeAttribute('lang');
              document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/css/missing.png' }));
            }
            """);

        var result = await RunAxeAsync(site.Probe.Page);

        var message = AxeReport.Describe(SitePages.Privacy, viewport, result.Violations);
        Assert.Contains("- image-alt (critical)", message);
        Assert.Contains("/privacy/ img:", message);
        // A page-level rule: it runs only when axe looks at the whole document.
        Assert.Contains("- html-has-lang (serious)", message);
    }
}
