using System.Net;
using AngleSharp.Html.Parser;
using TrustSite.Server;
using TrustSite.Server.Rebuilding;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Server;

/// <summary>The preview after saves: pages rebuilt, tabs told, errors shown in the browser, the last good site kept, a clean stop.</summary>
public class PreviewRebuildTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_save_rebuilds_the_page_and_open_tabs_hear_of_it()
    {
        using var site = SampleSiteCopy.Create();
        await using var server = await PreviewServerFixture.Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var cancel = new CancellationTokenSource(Patience);
        var running = server.RunAsync(cancel.Token);
        await using var events = await VersionStream.Open(client, cancel.Token);
        var first = await events.Next();
        var rebuilt = Next(server);

        site.Replace("content/about.md", "I am a Christian therapist.", "I am a Christian therapist and a listener.");
        var (report, _) = await rebuilt.WaitAsync(cancel.Token);
        var second = await events.Next();
        var about = await client.GetStringAsync("/about/");

        Assert.Contains("content/about.md", report.Changed);
        Assert.Equal(["*"], Pages(first));
        Assert.NotEqual(Version(first), Version(second));
        Assert.Equal(["/about/"], Pages(second));
        Assert.NotNull(report.FirstPages);
        Assert.Contains("a Christian therapist and a listener.", about);
        Assert.InRange(report.PagesRendered, 1, 3);
        await cancel.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_build_error_shows_in_the_browser_the_last_good_site_stays_and_the_next_good_save_recovers()
    {
        using var site = SampleSiteCopy.Create();
        await using var server = await PreviewServerFixture.Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var cancel = new CancellationTokenSource(Patience);
        var running = server.RunAsync(cancel.Token);

        var failed = Next(server);
        site.Replace("content/about.md", "title: \"About\"", "title: \"About\ntags: [oops");
        var (failure, broken) = await failed.WaitAsync(cancel.Token);
        using var errorResponse = await client.GetAsync("/about/");
        var errorPage = new HtmlParser().ParseDocument(await errorResponse.Content.ReadAsStringAsync());
        var lastGood = await client.GetStringAsync("/about/?last-good");
        using var stylesheet = await client.GetAsync("/favicon.svg");
        var fixedUp = Next(server);
        site.Replace("content/about.md", "title: \"About\ntags: [oops", "title: \"About again\"");
        var (recovery, healthy) = await fixedUp.WaitAsync(cancel.Token);
        var about = await client.GetStringAsync("/about/");

        Assert.False(failure.Result.Succeeded);
        Assert.True(broken.IsBroken);
        Assert.Equal(HttpStatusCode.InternalServerError, errorResponse.StatusCode);
        Assert.StartsWith("content/about.md:2:", errorPage.QuerySelector("h2")!.TextContent);
        Assert.Contains("title: \"About", errorPage.QuerySelector(".at")!.TextContent);
        Assert.NotNull(errorPage.QuerySelector("script[src='/__trustsite/reload.js']"));
        Assert.Contains("<h1", lastGood);
        Assert.Contains(">About<", lastGood);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.True(recovery.Result.Succeeded);
        Assert.False(healthy.IsBroken);
        Assert.Contains("About again", about);
        await cancel.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_new_article_appears_in_the_lists_and_a_deleted_one_disappears()
    {
        using var site = SampleSiteCopy.Create();
        await using var server = await PreviewServerFixture.Start(site);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        using var cancel = new CancellationTokenSource(Patience);
        var running = server.RunAsync(cancel.Token);

        // The quick refresh shows the article itself first; the lists and tag pages follow with the incremental
        // rebuild, so each is waited for on its own rather than assumed ready once the article answers.
        site.Write("content/articles/a-word-of-hope.md", "---\ntitle: A word of hope\ndate: 2026-11-01\ntags: [new-beginnings]\n---\nHope does not disappoint.\n");
        await Eventually(async () => (await client.GetAsync("/articles/a-word-of-hope/", cancel.Token)).StatusCode == HttpStatusCode.OK, cancel.Token);
        await Eventually(async () => (await client.GetStringAsync("/articles/", cancel.Token)).Contains("A word of hope"), cancel.Token);
        await Eventually(async () => (await client.GetAsync("/tags/new-beginnings/", cancel.Token)).StatusCode == HttpStatusCode.OK, cancel.Token);
        var article = await client.GetStringAsync("/articles/a-word-of-hope/");
        site.Delete("content/articles/a-word-of-hope.md");
        await Eventually(async () => (await client.GetAsync("/articles/a-word-of-hope/", cancel.Token)).StatusCode == HttpStatusCode.NotFound, cancel.Token);
        await Eventually(async () => !(await client.GetStringAsync("/articles/", cancel.Token)).Contains("A word of hope"), cancel.Token);
        await Eventually(async () => (await client.GetAsync("/tags/new-beginnings/", cancel.Token)).StatusCode == HttpStatusCode.NotFound, cancel.Token);
        var home = await client.GetStringAsync("/");

        // Reaching this point proves the lists caught up; what is left is that nothing stale remains elsewhere.
        Assert.Contains("Hope does not disappoint.", article);
        Assert.DoesNotContain("A word of hope", home);
        await cancel.CancelAsync();
        await running;
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_removes_the_preview_folder()
    {
        using var site = SampleSiteCopy.Create();
        var server = await PreviewServerFixture.Start(site);
        var folder = server.Session.Folder.Path;
        using var client = new HttpClient { BaseAddress = server.Address };
        using var cancel = new CancellationTokenSource();
        var running = server.RunAsync(cancel.Token);
        using var timeout = new CancellationTokenSource(Patience);
        await using var events = await VersionStream.Open(client, timeout.Token);
        await events.Next();

        await cancel.CancelAsync();
        await running.WaitAsync(timeout.Token);
        await server.DisposeAsync().AsTask().WaitAsync(timeout.Token);

        Assert.Null(await events.Next());
        Assert.False(Directory.Exists(folder));
        Assert.True(Directory.Exists(site.Root));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/"));
    }

    private static string Version(string? message) => System.Text.Json.JsonDocument.Parse(message!).RootElement.GetProperty("version").GetString()!;

    private static string[] Pages(string? message) =>
        [.. System.Text.Json.JsonDocument.Parse(message!).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!)];

    /// <summary>Waits until <paramref name="condition"/> holds, for changes whose rebuild may come in more than one burst of events.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, CancellationToken cancel)
    {
        while (!await condition())
        {
            await Task.Delay(20, cancel);
        }
    }

    private static Task<(RebuildReport Report, PreviewState State)> Next(PreviewServer server)
    {
        var next = new TaskCompletionSource<(RebuildReport, PreviewState)>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(RebuildReport report, PreviewState state)
        {
            server.Session.Rebuilt -= Handler;
            next.TrySetResult((report, state));
        }
        server.Session.Rebuilt += Handler;
        return next.Task;
    }

    /// <summary>What a tab's reload script hears: the versions the server sends over Server-Sent Events.</summary>
    private sealed class VersionStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;
        private readonly CancellationToken _cancel;

        private VersionStream(HttpResponseMessage response, StreamReader reader, CancellationToken cancel) =>
            (_response, _reader, _cancel) = (response, reader, cancel);

        public static async Task<VersionStream> Open(HttpClient client, CancellationToken cancel)
        {
            var response = await client.GetAsync("/__trustsite/events", HttpCompletionOption.ResponseHeadersRead, cancel);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new VersionStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancel)), cancel);
        }

        /// <summary>The next version sent, or null when the server ended the stream.</summary>
        public async Task<string?> Next()
        {
            while (await _reader.ReadLineAsync(_cancel) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return line["data: ".Length..];
                }
            }
            return null;
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
