using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>Visitors' privacy: no page asks any other host for anything (no CDN, fonts, analytics, maps or widgets).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThirdPartyRequestTests(BrowserFixture site)
{
    /// <summary>Both widths and both schemes, since media queries and dark mode can load other files.</summary>
    public static TheoryData<string, int, string> Pages => SitePages.In((375, "light"), (1280, "dark"));

    /// <summary>Hints that make Chromium connect to a host before any request, which request routing does not see.</summary>
    private const string ExternalHints = """
        () => [...document.querySelectorAll('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="prerender"]')]
          .filter(l => { try { return new URL(l.href, location.href).hostname !== '127.0.0.1'; } catch { return true; } })
          .map(l => `<link rel="${l.rel}" href="${l.getAttribute('href')}">`)
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_request_leaves_127_0_0_1_while_the_page_loads(string path, int width, string scheme)
    {
        var viewport = Viewport.Parse(width, scheme);
        var page = site.Probe.Page;
        var response = await site.Probe.OpenAsync(path, viewport);
        PageAssert.Served(response, path);

        // Scroll to the end so lazy images and late styles load too, then wait for the network to settle.
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var blocked = site.Probe.ExternalRequests.Blocked;
        Assert.True(blocked.IsEmpty, $"{path} at {viewport.Name} asked other hosts for:\n" + string.Join("\n", blocked));
        var hints = await page.EvaluateAsync<string[]>(ExternalHints);
        Assert.True(hints.Length == 0, $"{path} at {viewport.Name} tells the browser to contact other hosts:\n" + string.Join("\n", hints));
    }

    [Fact]
    public async Task The_request_log_catches_a_stylesheet_from_another_host()
    {
        await site.Probe.OpenAsync(SitePages.Privacy, new Viewport(1280, ColorScheme.Light));

        await site.Probe.Page.EvaluateAsync("""
            () => new Promise(done => {
              const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'https://cdn.example.com/font.css' });
              link.onerror = link.onload = done;
              document.head.append(link);
            })
            """);

        Assert.Contains("stylesheet https://cdn.example.com/font.css", site.Probe.ExternalRequests.Blocked);
    }
}
