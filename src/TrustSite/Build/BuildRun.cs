using System.Collections.Immutable;
using System.Diagnostics;
using TrustSite.Diagnostics;
using TrustSite.Pages;
using TrustSite.Site;

namespace TrustSite.Build;

/// <summary>The state of one build as it runs: its diagnostics, the time of each stage, the pages written by kind.</summary>
internal sealed class BuildRun
{
    private readonly List<StageTiming> _timings = [];
    private readonly int[] _pages = new int[Enum.GetValues<PageKind>().Length];
    private SiteIndex? _index;

    public DiagnosticBag Diagnostics { get; } = new();

    public int FilesCopied { get; set; }

    /// <summary>The privacy audit of the staged site, when the build ran one.</summary>
    public TrustSite.Privacy.PrivacyReport? Privacy { get; set; }

    public T Stage<T>(string name, Func<T> stage)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var result = stage();
        _timings.Add(new StageTiming(name, watch.Elapsed) { AllocatedBytes = GC.GetTotalAllocatedBytes() - allocated });
        return result;
    }

    public void Stage(string name, Action stage) => Stage(name, () => { stage(); return 0; });

    public void CountPage(PageKind kind) => Interlocked.Increment(ref _pages[(int)kind]);

    /// <summary>
    /// A callback that counts one more item of <paramref name="total"/> done in <paramref name="stage"/> and tells
    /// <paramref name="progress"/>; safe from parallel workers, and null when nobody listens, so that it costs nothing then.
    /// </summary>
    public static Action? Counter(IProgress<BuildProgress>? progress, string stage, int total)
    {
        if (progress is null)
        {
            return null;
        }
        var done = 0;
        return () => progress.Report(new BuildProgress(stage, Interlocked.Increment(ref done), total));
    }

    public void Record(SiteIndex index) => _index = index;

    /// <param name="strict">Report warnings as errors, as --strict asks.</param>
    /// <param name="planned">For a build that writes nothing (trustsite check), the pages it would have written, counted in their place.</param>
    public BuildResult Finish(bool strict = false, ImmutableArray<PagePlan> planned = default)
    {
        if (!planned.IsDefault)
        {
            foreach (var plan in planned)
            {
                CountPage(plan.Kind);
            }
        }
        var pages = Enum.GetValues<PageKind>().Where(k => _pages[(int)k] > 0).ToImmutableDictionary(k => k, k => _pages[(int)k]);
        var diagnostics = Diagnostics.ToSortedArray();
        if (strict)
        {
            diagnostics = [.. diagnostics.Select(d => d with { Severity = Severity.Error })];
        }
        var excluded = _index?.Excluded.Select(e => new ExcludedFile(e.Document.Source.SitePath, e.Reason.ToString().ToLowerInvariant()))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ToImmutableArray() ?? [];
        return new BuildResult(diagnostics, pages, FilesCopied,
            _index?.CountExcluded(ExclusionReason.Draft) ?? 0, _index?.CountExcluded(ExclusionReason.Future) ?? 0,
            _index?.CountExcluded(ExclusionReason.Expired) ?? 0, [.. _timings]) { Excluded = excluded, Privacy = Privacy };
    }
}
