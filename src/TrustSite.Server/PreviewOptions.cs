namespace TrustSite.Server;

/// <summary>What `trustsite serve` was asked for.</summary>
/// <param name="SourceRoot">The site's folder.</param>
/// <param name="Host">The address to listen on: loopback unless the author asks otherwise, since the preview shows drafts.</param>
/// <param name="Port">The port; 0 picks a free one (tests).</param>
/// <param name="Quiet">How long the watcher waits after the last change before it rebuilds, so that a burst of saves makes one rebuild.</param>
public sealed record PreviewOptions(
    string SourceRoot,
    string Host = "127.0.0.1",
    int Port = PreviewOptions.DefaultPort,
    bool IncludeDrafts = true,
    bool IncludeFuture = true,
    string Environment = "development",
    TimeSpan? Quiet = null)
{
    public const int DefaultPort = 1313;

    public TimeSpan QuietPeriod => Quiet ?? TimeSpan.FromMilliseconds(30);
}
