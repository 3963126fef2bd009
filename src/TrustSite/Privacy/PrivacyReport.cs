using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>What the privacy audit found in a built site: every other host contacted, storage and tracking interfaces used,
/// the hosts allowed and why, and the problems, one diagnostic per problem however many pages repeat it.</summary>
/// <param name="SiteHost">The site's own host (from baseUrl), which is never reported.</param>
/// <param name="FilesRead">How many HTML, CSS, JavaScript and SVG files were read.</param>
/// <param name="Findings">Every place that contacts another host, sorted by file, line and column.</param>
/// <param name="Failures">Errors: the audit fails when there is any.</param>
/// <param name="Warnings">Tracking interfaces in scripts: they fail only a strict build.</param>
public sealed record PrivacyReport(
    string SiteHost,
    int FilesRead,
    ImmutableArray<HostFinding> Findings,
    ImmutableArray<StorageUse> StorageUses,
    ImmutableArray<TrackingApiUse> TrackingApiUses,
    ImmutableArray<AllowedHost> AllowedHosts,
    ImmutableArray<Diagnostic> Failures,
    ImmutableArray<Diagnostic> Warnings)
{
    public bool Passed => Failures.IsEmpty;

    /// <summary>The text of each file a failure or warning points at, by its shown path, so that the lines can be quoted
    /// even when the audited folder was a staging copy that is gone.</summary>
    public ImmutableDictionary<string, string> Sources { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The name of the analytics service site.yml chose, such as "GoatCounter", for the summary; null when none counts visits.</summary>
    public string? AnalyticsName { get; init; }

    /// <summary>Every other host the site makes browsers contact, sorted.</summary>
    public ImmutableArray<string> ThirdPartyHosts => [.. Findings.Select(f => f.Host).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The known trackers the site contacts, by name.</summary>
    public ImmutableArray<TrackerSighting> Trackers =>
    [
        .. Findings.Where(f => f.Tracker is not null)
            .GroupBy(f => (f.Tracker!.Name, f.Tracker.Category))
            .Select(g => new TrackerSighting(g.Key.Name, g.Key.Category, [.. g.Select(f => f.Host).Distinct().Order(StringComparer.Ordinal)],
                g.Count(), g.All(f => f.IsAllowed)))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Category),
    ];

    /// <summary>Lets a formatter quote the audited files' lines: call it before formatting the diagnostics.</summary>
    public void RememberSources(SourceTextCache sources)
    {
        foreach (var (path, text) in Sources)
        {
            sources.Remember(path, text);
        }
    }

    /// <summary>Adds the failures and warnings to a build's or a check's diagnostics.</summary>
    public void AddTo(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in Failures.Concat(Warnings))
        {
            diagnostics.Add(diagnostic);
        }
    }
}
