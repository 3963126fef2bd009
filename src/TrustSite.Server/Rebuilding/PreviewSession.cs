using System.Collections.Immutable;
using System.Diagnostics;
using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Output;

namespace TrustSite.Server.Rebuilding;

/// <summary>The preview's site: a live folder kept up to date by incremental builds, and the state browsers are told about.</summary>
/// <remarks>Builds run one at a time; a failed build leaves the folder as the last good build wrote it.</remarks>
public sealed class PreviewSession : IDisposable
{
    private readonly PreviewOptions _options;
    private readonly SiteBuilder _builder;
    private BuildCache _cache = new();
    private readonly Lock _building = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private int _builds;

    public PreviewSession(PreviewOptions options, Uri baseUrl, TimeProvider time, Func<string, string?> environment, string? folder = null)
    {
        _options = options;
        BaseUrl = baseUrl;
        _builder = new SiteBuilder(time, environment);
        Folder = new LiveFolder(folder ?? Path.Combine(Path.GetTempPath(), $"trustsite-preview-{Environment.ProcessId}-{_run}"));
        State = new PreviewState(_run + "-0", [], new SourceTextCache(options.SourceRoot));
    }

    public LiveFolder Folder { get; }

    public Uri BaseUrl { get; }

    public PreviewState State { get; private set; }

    /// <summary>Raised after every build, good or failed, once <see cref="State"/> is updated.</summary>
    public event Action<RebuildReport, PreviewState>? Rebuilt;

    /// <summary>Builds the site again after <paramref name="changed"/> (paths relative to the site) changed.</summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string> changed)
    {
        lock (_building)
        {
            if (changed.Contains(Watching.SiteWatcher.EverythingChanged))
            {
                _cache = new BuildCache();
            }
            foreach (var path in changed)
            {
                _cache.Invalidate(path);
            }
            var written = Folder.FilesWritten;
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions(_options.SourceRoot, Folder.Path, BaseUrl, _options.IncludeDrafts, _options.IncludeFuture, _options.Environment);
            var result = _builder.Build(options, _cache, Folder);
            clock.Stop();
            var report = new RebuildReport([.. changed.Order(StringComparer.Ordinal)], result, result.Succeeded ? _cache.PagesRendered : 0,
                Folder.FilesWritten - written, clock.Elapsed);
            var errors = result.Succeeded ? ImmutableArray<Diagnostic>.Empty : result.Diagnostics;
            // Browsers reload when the site changed on disk or when the error page appears or goes away.
            var changedView = report.FilesWritten > 0 || errors.Length > 0 || State.IsBroken;
            var version = changedView ? $"{_run}-{Interlocked.Increment(ref _builds)}" : State.Version;
            State = new PreviewState(version, errors, new SourceTextCache(_options.SourceRoot));
            Rebuilt?.Invoke(report, State);
            return report;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder.Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless; the system cleans it.
        }
    }
}
