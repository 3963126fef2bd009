using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using TrustSite.Tests.TestSupport;
using Xunit.Abstractions;

namespace TrustSite.Tests.Server;

/// <summary>
/// Many readers while an article is saved again and again: every answer complete and correct, none half-written.
/// The suite runs a short load; TRUSTSITE_LOAD_CLIENTS and TRUSTSITE_LOAD_SECONDS run the long one (200 clients, 30 s).
/// </summary>
public class PreviewLoadTests(ITestOutputHelper output)
{
    private static readonly string[] Addresses =
    [
        "/", "/about/", "/articles/", "/articles/did-you-fail-your-partner/", "/tags/infidelity/", "/feed.xml", "/es/", "/no-such-page/",
    ];

    [Fact]
    public async Task Readers_always_get_whole_pages_while_an_article_is_saved_over_and_over()
    {
        var clients = Setting("TRUSTSITE_LOAD_CLIENTS", 24);
        var seconds = Setting("TRUSTSITE_LOAD_SECONDS", 4);
        using var site = SampleSiteCopy.Create();
        await using var server = await PreviewServerFixture.Start(site);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        using var watching = new CancellationTokenSource();
        var running = server.RunAsync(watching.Token);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server.Address };
        var problems = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<double>();
        var saves = 0;
        var rebuilds = 0;
        server.Session.Rebuilt += (_, _) => Interlocked.Increment(ref rebuilds);

        var writer = Task.Run(async () =>
        {
            const string Article = "content/articles/did-you-fail-your-partner.md";
            while (!stop.IsCancellationRequested)
            {
                site.Replace(Article, "it is a slow process", $"it is a slow process ({++saves})");
                site.Replace(Article, $"it is a slow process ({saves})", "it is a slow process");
                await Task.Delay(TimeSpan.FromMilliseconds(seconds > 10 ? 1000 : 250), CancellationToken.None);
            }
        });
        var readers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            for (var n = i; !stop.IsCancellationRequested; n++)
            {
                var address = Addresses[n % Addresses.Length];
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(address, CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                    if (Problem(address, response.StatusCode, body) is { } problem)
                    {
                        // A failed build is the likeliest cause: say which, so that a failure here explains itself.
                        var error = server.Session.State.Errors.FirstOrDefault(d => d.IsError);
                        problems.Enqueue(error is null ? problem : $"{problem} ({error.Location}: {error.Code}: {error.Message})");
                    }
                }
                catch (HttpRequestException e)
                {
                    problems.Enqueue($"{address}: {e.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(readers);
        await writer;
        await watching.CancelAsync();
        await running;

        var sorted = latencies.Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clients} clients, {seconds} s: {sorted.Length} requests ({sorted.Length / (double)seconds:0} per second), latency median {sorted[sorted.Length / 2]:0.0} ms, "
            + $"99th percentile {sorted[(int)(sorted.Length * 0.99)]:0.0} ms, max {sorted[^1]:0.0} ms; {saves * 2} saves, {rebuilds} rebuilds, {problems.Count} problems"));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(10)));
        Assert.True(rebuilds > 0);
        Assert.True(sorted.Length > clients * 10);
    }

    /// <summary>What is wrong with an answer, if anything: the status, or a page that is not whole.</summary>
    private static string? Problem(string address, HttpStatusCode status, string body)
    {
        var expected = address == "/no-such-page/" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        if (status != expected)
        {
            return $"{address}: {(int)status} instead of {(int)expected}";
        }
        var whole = address.EndsWith(".xml", StringComparison.Ordinal)
            ? body.StartsWith("<?xml", StringComparison.Ordinal) && body.TrimEnd().EndsWith("</rss>", StringComparison.Ordinal)
            : body.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && body.EndsWith("</body>\n</html>\n", StringComparison.Ordinal)
              && body.Contains("/__trustsite/reload.js", StringComparison.Ordinal);
        return whole ? null : $"{address}: a page that is not whole ({body.Length} characters, ending \"{body[^Math.Min(40, body.Length)..]}\")";
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
