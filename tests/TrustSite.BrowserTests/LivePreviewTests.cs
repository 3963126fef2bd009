using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TrustSite.BrowserTests.Hosting;
using TrustSite.BrowserTests.Support;
using TrustSite.Server;

namespace TrustSite.BrowserTests;

/// <summary>`trustsite serve` in a real browser: a save reloads the open tab, an error shows in it, the next good save brings the page back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePreviewTests(BrowserFixture site) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SampleSite _sample = SampleSite.CopyFromRepository();
    private readonly CancellationTokenSource _stop = new();
    private PreviewServer _server = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions(_sample.Source, Port: 0), TimeProvider.System, _ => null);
        _running = _server.RunAsync(_stop.Token);
    }

    [Fact]
    public async Task Saving_an_article_reloads_the_open_tab_with_the_new_text()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Address.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/about/");
        await WaitForReloadScript(page);

        Edit("content/about.md", "I am a Christian therapist.", "I am a Christian therapist, and this sentence is new.");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("this sentence is new", new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    [Fact]
    public async Task A_tab_on_another_page_is_left_alone()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Address.AbsoluteUri });
        var contact = await context.NewPageAsync();
        await contact.GotoAsync("/contact/");
        var about = await context.NewPageAsync();
        await about.GotoAsync("/about/");
        await WaitForReloadScript(about, tabs: 2);
        await contact.EvaluateAsync("() => { window.stillTheSameTab = true; }");

        Edit("content/about.md", "I am a Christian therapist.", "I am a Christian therapist who listens.");
        // Both tabs hear the same message; once the about tab has reloaded, the contact tab has heard it too.
        await Assertions.Expect(about.Locator("main")).ToContainTextAsync("who listens", new() { Timeout = (float)Patience.TotalMilliseconds });

        Assert.True(await contact.EvaluateAsync<bool>("() => window.stillTheSameTab === true"));
    }

    [Fact]
    public async Task A_mistake_shows_in_the_tab_with_its_line_and_the_fix_brings_the_page_back()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Address.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/about/");
        await WaitForReloadScript(page);

        Edit("content/about.md", "title: \"About\"", "title: \"About\ntags: [oops");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The site could not be built", new() { Timeout = (float)Patience.TotalMilliseconds });
        var where = await page.Locator("h2").First.InnerTextAsync();
        #pragma warning disable CS0618 // the in-page run, as in AccessibilityTests, which says why
        var axe = await page.Locator("html").RunAxeLegacy(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
#pragma warning restore CS0618
        Edit("content/about.md", "title: \"About\ntags: [oops", "title: \"About us\"");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About us", new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.StartsWith("content/about.md:2:", where);
        Assert.True(axe.Violations.Length == 0, AxeReport.Describe("the error page", new Viewport(1280, ColorScheme.Light), axe.Violations));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        await _server.DisposeAsync();
        _stop.Dispose();
        _sample.Dispose();
    }

    // The tab reloads only once its script listens; a save made before that would go unnoticed.
    private async Task WaitForReloadScript(IPage page, int tabs = 1)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (_server.OpenTabs < tabs)
        {
            await Task.Delay(20, timeout.Token);
        }
        Assert.Equal(1, await page.Locator("script[src='/__trustsite/reload.js']").CountAsync());
    }

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(_sample.Source, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }
}
