using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrustSite.Server.Http;
using TrustSite.Server.Rebuilding;
using TrustSite.Server.Reload;
using TrustSite.Server.Watching;

namespace TrustSite.Server;

/// <summary>`trustsite serve`: Kestrel serving the preview's folder, a watcher rebuilding it after each save, and open tabs told to reload.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReloadHub _hub;
    private readonly SiteWatcher _watcher;
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewServer(WebApplication app, ReloadHub hub, SiteWatcher watcher, PreviewSession session, Uri address)
    {
        (_app, _hub, _watcher, Session, Address) = (app, hub, watcher, session, address);
    }

    /// <summary>Where the preview answers, such as http://127.0.0.1:1313/.</summary>
    public Uri Address { get; }

    public PreviewSession Session { get; }

    /// <summary>How many tabs are listening for reloads now.</summary>
    public int OpenTabs => _hub.Listeners;

    /// <summary>Starts listening, then builds the site once; requests that arrive meanwhile wait for that build.</summary>
    /// <exception cref="IOException">The address is taken or cannot be used.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TimeProvider time, Func<string, string?> environment,
        Action<RebuildReport, PreviewState>? rebuilt = null, string? folder = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.SourceRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ListenAddress(options.Host), options.Port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var hub = new ReloadHub();
        PreviewServer? server = null;
        app.Run(context => server!.Dispatch(context));
        await app.StartAsync().ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        var address = new Uri($"http://{(IsAnyAddress(options.Host) ? "127.0.0.1" : options.Host)}:{port}/");
        var session = new PreviewSession(options, address, time, environment, folder);
        var watcher = new SiteWatcher(options.SourceRoot, options.QuietPeriod);
        server = new PreviewServer(app, hub, watcher, session, address);
        session.StateChanged += state => hub.Publish(ReloadScript.Message(state.Version, state.Pages));
        if (rebuilt is not null)
        {
            session.Rebuilt += rebuilt;
        }
        await Task.Run(() => session.Rebuild([])).ConfigureAwait(false);
        server._firstBuild.SetResult();
        return server;
    }

    /// <summary>Rebuilds after each burst of saves until <paramref name="stop"/> is cancelled (Ctrl+C), then stops the server cleanly.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var batch in _watcher.Batches(stop).ConfigureAwait(false))
            {
                await Task.Run(() => Session.Rebuild(batch), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: the normal way out.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        _hub.CloseAll();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Session.Dispose();
    }

    private async Task Dispatch(HttpContext context)
    {
        await _firstBuild.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        switch (context.Request.Path.Value)
        {
            case ReloadScript.Path:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(ReloadScript.Source, context.RequestAborted).ConfigureAwait(false);
                break;
            case ReloadScript.EventsPath:
                await StreamVersions(context).ConfigureAwait(false);
                break;
            default:
                await new SiteEndpoint(Session).Handle(context).ConfigureAwait(false);
                break;
        }
    }

    // Server-Sent Events: the current version at once, then each new one; the browser reconnects by itself if the server restarts.
    private async Task StreamVersions(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        using var subscription = _hub.Subscribe();
        try
        {
            // On connect, the current version for every page: a tab that saw another one (a restarted server) reloads.
            await Send(response, ReloadScript.Message(Session.State.Version, [PreviewState.EveryPage]), context.RequestAborted).ConfigureAwait(false);
            await foreach (var message in subscription.Messages.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await Send(response, message, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed.
        }
    }

    private static async Task Send(HttpResponse response, string message, CancellationToken cancel)
    {
        await response.WriteAsync($"event: version\ndata: {message}\n\n", cancel).ConfigureAwait(false);
        await response.Body.FlushAsync(cancel).ConfigureAwait(false);
    }

    private static IPAddress ListenAddress(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        _ when IPAddress.TryParse(host, out var address) => address,
        _ => throw new ArgumentException($"'{host}' is not an IP address; use 127.0.0.1 (the default), ::1 or 0.0.0.0", nameof(host)),
    };

    private static bool IsAnyAddress(string host) => host is "0.0.0.0" or "::" or "[::]";
}
