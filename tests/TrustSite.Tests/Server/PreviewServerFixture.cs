using TrustSite.Server;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Server;

/// <summary>A preview server on a copy of the sample site, on a free loopback port, shared by tests that only read.</summary>
public sealed class PreviewServerFixture : IAsyncLifetime
{
    public SampleSiteCopy Site { get; } = SampleSiteCopy.Create();

    public PreviewServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await Start(Site);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Address };
    }

    public static Task<PreviewServer> Start(SampleSiteCopy site) =>
        PreviewServer.StartAsync(new PreviewOptions(site.Root, Port: 0, Quiet: TimeSpan.FromMilliseconds(50)), new FixedTime(SampleSiteCopy.Now), _ => null);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
