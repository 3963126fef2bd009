using System.Collections.Immutable;
using System.Diagnostics;
using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Output;
using TrustSite.Server.Watching;

namespace TrustSite.Server.Rebuilding;

/// <summary>The preview's site: a live folder kept up to date by incremental builds, and the state browsers are told about.</summary>
/// <remarks>
/// Builds run one at a time. A save that changed only the body of pages writes those pages first, then the incremental build
/// brings lists and feeds up to date; a failed build leaves the folder as the last good build wrote it.
/// </remarks>
public sealed class PreviewSession : IDisposable
{
    private readonly PreviewOptions _options;
    private readonly SiteBuilder _builder;
    private readonly Lock _building = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private BuildCache _cache = new();
    private int _versions;

    public PreviewSession(PreviewOptions options, Uri baseUrl, TimeProvider time, Func<string, string?> environment, string? folder = null)
    {
        _options = options;
        BaseUrl = baseUrl;
        _builder = new SiteBuilder(time, environment);
        Folder = new LiveFolder(folder ?? Path.Combine(Path.GetTempPath(), $"trustsite-preview-{Environment.ProcessId}-{_run}"));
        State = new PreviewState(_run + "-0", [PreviewState.EveryPage], [], new SourceTextCache(options.SourceRoot));
    }

    public LiveFolder Folder { get; }

    public Uri BaseUrl { get; }

    public PreviewState State { get; private set; }

    /// <summary>Raised whenever what browsers show changed: after the quick pages of an edit, and after each build.</summary>
    public event Action<PreviewState>? StateChanged;

    /// <summary>Raised after every build, good or failed, once <see cref="State"/> is updated.</summary>
    public event Action<RebuildReport, PreviewState>? Rebuilt;

    /// <summary>Builds the site again after <paramref name="changed"/> (paths relative to the site) changed.</summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string> changed)
    {
        lock (_building)
        {
            if (changed.Contains(SiteWatcher.EverythingChanged))
            {
                _cache = new BuildCache();
            }
            foreach (var path in changed)
            {
                _cache.Invalidate(path);
            }
            var written = Folder.FilesWritten;
            var before = SourceStamps.Take(_options.SourceRoot, changed);
            var clock = Stopwatch.StartNew();
            TimeSpan? firstPages = null;
            if (!State.IsBroken && SiteBuilder.Refresh(_cache, Folder, changed) is not null)
            {
                firstPages = clock.Elapsed;
                Announce(Folder.TakeChanged(), []);
            }
            var options = new BuildOptions(_options.SourceRoot, Folder.Path, BaseUrl, _options.IncludeDrafts, _options.IncludeFuture, _options.Environment);
            var result = _builder.Build(options, _cache, Folder);
            clock.Stop();
            var errors = result.Succeeded ? ImmutableArray<Diagnostic>.Empty : result.Diagnostics;
            var files = Folder.TakeChanged();
            // Errors from a file saved again during the build wait for the rebuild that save brings: readers keep the
            // last good pages meanwhile instead of a passing error page.
            if (errors.IsEmpty || !SourceStamps.Take(_options.SourceRoot, changed).DifferFrom(before))
            {
                // The error page appears, changes or goes away on every page.
                Announce(errors.Length > 0 || State.IsBroken ? [PreviewState.EveryPage] : files, errors);
            }
            var report = new RebuildReport([.. changed.Order(StringComparer.Ordinal)], result, result.Succeeded ? _cache.PagesRendered : 0,
                Folder.FilesWritten - written, clock.Elapsed, firstPages);
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

    private void Announce(ImmutableArray<string> files, ImmutableArray<Diagnostic> errors)
    {
        var pages = files.Contains(PreviewState.EveryPage) ? [PreviewState.EveryPage] : ChangedPages.From(files);
        if (pages.IsEmpty && errors.IsEmpty && !State.IsBroken)
        {
            return;
        }
        State = new PreviewState($"{_run}-{Interlocked.Increment(ref _versions)}", pages, errors, new SourceTextCache(_options.SourceRoot));
        StateChanged?.Invoke(State);
    }
}
