using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>The quick exit swaps the site for a neutral one with a click or Escape twice, under the site's own Content-Security-Policy, and leaves no way back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(BrowserFixture site)
{
    private const string Neutral = "https://www.google.com/search?q=weather";

    [Fact]
    public async Task One_click_replaces_the_page_with_the_neutral_site_and_back_does_not_return_to_it()
    {
        var (page, violations, _) = await OpenAsync(SitePages.Article);
        var before = await page.EvaluateAsync<int>("() => history.length");

        var leaving = page.WaitForURLAsync(Neutral);
        await page.Locator("#quick-exit").ClickAsync();
        await leaving;

        await AssertLeftWithoutTraceAsync(page, before, violations);
    }

    [Fact]
    public async Task Escape_pressed_twice_replaces_the_page_with_the_neutral_site_and_back_does_not_return_to_it()
    {
        var (page, violations, _) = await OpenAsync(SitePages.Article);
        var before = await page.EvaluateAsync<int>("() => history.length");

        // Waiting starts before the keys are pressed: the swap can be over before a wait started afterwards would see it begin.
        var leaving = page.WaitForURLAsync(Neutral);
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await leaving;

        await AssertLeftWithoutTraceAsync(page, before, violations);
    }

    [Fact]
    public async Task Escape_once_or_twice_far_apart_keeps_the_reader_on_the_page()
    {
        var (page, _, neutralVisits) = await OpenAsync(SitePages.Article);

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForTimeoutAsync(1300);
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForTimeoutAsync(500);

        Assert.EndsWith(SitePages.Article, page.Url);
        Assert.Empty(neutralVisits);
    }

    [Fact]
    public async Task Without_javascript_the_button_is_a_plain_link_that_sends_no_referrer()
    {
        var (page, _, neutralVisits) = await OpenAsync(SitePages.Article, javaScriptEnabled: false);

        var leaving = page.WaitForURLAsync(Neutral);
        await page.Locator("#quick-exit").ClickAsync();
        await leaving;

        var request = Assert.Single(neutralVisits);
        Assert.False(request.ContainsKey("referer"), $"the neutral site was told where the visitor came from: {request.GetValueOrDefault("referer")}");
    }

    [Fact]
    public async Task The_button_is_visible_in_the_corner_on_a_phone_and_on_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            await using var context = await site.NewContextAsync(new Viewport(width, ColorScheme.Light));
            var page = await context.NewPageAsync();
            await page.GotoAsync(SitePages.Home);

            var box = await page.Locator("#quick-exit").BoundingBoxAsync();
            var size = page.ViewportSize!;
            Assert.True(box is { Width: > 40, Height: > 20 } && box.X + box.Width <= size.Width && box.Y + box.Height <= size.Height && box.Y > size.Height / 2,
                $"at {width}px the button should be inside the bottom of the window, its box is {box?.X},{box?.Y} {box?.Width}x{box?.Height}");
            Assert.Equal("fixed", await page.Locator("#quick-exit").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        }
    }

    /// <summary>Opens the home page then <paramref name="path"/>, with the built _headers' Content-Security-Policy on every page and the neutral site answered locally.</summary>
    private async Task<(IPage Page, List<string> Violations, List<Dictionary<string, string>> NeutralVisits)> OpenAsync(string path, bool javaScriptEnabled = true)
    {
        var context = await site.NewContextAsync(javaScriptEnabled: javaScriptEnabled);
        var policy = File.ReadLines(Path.Combine(site.Output, "_headers"))
            .Select(l => l.Trim()).First(l => l.StartsWith("Content-Security-Policy: ", StringComparison.Ordinal))["Content-Security-Policy: ".Length..];
        await context.RouteAsync(site.Server.Origin.AbsoluteUri + "**", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = policy };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        var neutralVisits = new List<Dictionary<string, string>>();
        await context.RouteAsync("https://www.google.com/**", async route =>
        {
            neutralVisits.Add(route.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value));
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!DOCTYPE html><title>Weather</title><p>Sunny" });
        });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(SitePages.Home);
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, violations, neutralVisits);
    }

    private async Task AssertLeftWithoutTraceAsync(IPage page, int historyBefore, List<string> violations)
    {
        Assert.Equal(historyBefore, await page.EvaluateAsync<int>("() => history.length"));
        Assert.Empty(violations);

        await page.GoBackAsync();

        // The article the visitor was reading is gone from the tab's history: back leads to the page before it.
        Assert.Equal(site.Server.Url(SitePages.Home).AbsoluteUri, page.Url);
        await page.Context.CloseAsync();
    }
}
