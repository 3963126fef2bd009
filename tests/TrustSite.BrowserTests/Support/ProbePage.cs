using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>One page, reused by the tests that look at many pages in turn (axe, requests, overflow), so they pay for one browser context.</summary>
/// <remarks>Tests of one collection run one at a time, so sharing it is safe.</remarks>
public sealed class ProbePage
{
    private ProbePage(IPage page, ExternalRequestLog externalRequests)
    {
        Page = page;
        ExternalRequests = externalRequests;
    }

    public IPage Page { get; }

    /// <summary>What tried to leave 127.0.0.1 since the last <see cref="OpenAsync"/>.</summary>
    public ExternalRequestLog ExternalRequests { get; }

    public static async Task<ProbePage> CreateAsync(IBrowserContext context)
    {
        var externalRequests = await ExternalRequestLog.AttachAsync(context);
        return new ProbePage(await context.NewPageAsync(), externalRequests);
    }

    /// <summary>Loads <paramref name="path"/> in the given viewport and colour scheme, waiting for the load event.</summary>
    public async Task<IResponse> OpenAsync(string path, Viewport viewport)
    {
        await Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = viewport.Scheme });
        ExternalRequests.Clear();
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException($"no response for {path}");
    }
}
