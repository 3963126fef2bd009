using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>Sees every request of a browser context, lets those to 127.0.0.1 through, and blocks and records any other.</summary>
public sealed class ExternalRequestLog
{
    private readonly ConcurrentQueue<string> _blocked = new();

    /// <summary>The requests that tried to leave the machine since the last <see cref="Clear"/>, as "type url".</summary>
    public ImmutableArray<string> Blocked => [.. _blocked];

    public static async Task<ExternalRequestLog> AttachAsync(IBrowserContext context)
    {
        var log = new ExternalRequestLog();
        await context.RouteAsync("**/*", log.HandleAsync);
        return log;
    }

    public void Clear() => _blocked.Clear();

    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Host == "127.0.0.1")
        {
            await route.ContinueAsync();
            return;
        }
        _blocked.Enqueue($"{request.ResourceType} {request.Url}");
        await route.AbortAsync("blockedbyclient");
    }
}
