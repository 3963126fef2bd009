using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>Audits a built site for what it reveals about its visitors: every other host their browsers contact, the storage
/// and tracking interfaces its scripts use, and the known trackers among them.</summary>
public static class PrivacyAuditor
{
    private static readonly string[] Audited = [".html", ".htm", ".css", ".js", ".mjs", ".svg"];

    /// <summary>Reads every HTML, CSS, JavaScript and SVG file of <paramref name="outputFolder"/> (feeds are never run by browsers).</summary>
    /// <param name="shownAs">The folder's name in messages, such as "public" (its own name when omitted); pass the real output's
    /// path relative to the site when auditing a staging folder, so that messages name the files the author will find.</param>
    public static PrivacyReport Audit(string outputFolder, SiteConfig config, string? shownAs = null) =>
        Audit(outputFolder, config, shownAs, TrackerList.Default);

    public static PrivacyReport Audit(string outputFolder, SiteConfig config, string? shownAs, TrackerList trackers)
    {
        var policy = new AllowPolicy(config);
        var shown = (shownAs ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)))).Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(outputFolder))
        {
            var missing = new Diagnostic(Severity.Error, DiagnosticCodes.PrivacyOutputMissing, SourceLocation.File(shown),
                $"there is no built site in {shown} to audit", "build the site first, or pass the folder with --output DIR");
            return Report(config, 0, [], [], [], policy, [missing]) with { AnalyticsName = config.Analytics?.Name };
        }
        var files = Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
            .Where(f => Audited.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var scans = new FileScan?[files.Length];
        var unreadable = new Diagnostic?[files.Length];
        // Each file is independent; results land by index, so the report never depends on the order threads finish in.
        Parallel.For(0, files.Length, i =>
        {
            var shownPath = shown.Length == 0 || shown == "." ? files[i] : $"{shown}/{files[i]}";
            try
            {
                scans[i] = ScanFile(Path.Combine(outputFolder, files[i]), shownPath, AddressOf(config.BaseUrl, files[i]), config.BaseUrl.Host);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable[i] = new Diagnostic(Severity.Error, DiagnosticCodes.PrivacyOutputMissing, SourceLocation.File(shownPath), $"cannot read the file: {e.Message}");
            }
        });
        var read = scans.OfType<FileScan>().ToArray();
        var findings = read.SelectMany(s => s.Contacts).Select(c => Finding(c, trackers, policy));
        var storage = read.SelectMany(s => s.Storage).Select(s => new StorageUse(s.Storage, s.Api, s.Location, policy.Allows(s.Storage)));
        var report = Report(config, read.Length, [.. findings], [.. storage], [.. read.SelectMany(s => s.Apis)], policy, [.. unreadable.OfType<Diagnostic>()]);
        var quoted = report.Failures.Concat(report.Warnings).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        return report with { AnalyticsName = config.Analytics?.Name, Sources = read.Where(s => quoted.Contains(s.ShownPath)).ToImmutableDictionary(s => s.ShownPath, s => s.Text, StringComparer.Ordinal) };
    }

    private static FileScan ScanFile(string path, string shownPath, Uri address, string siteHost)
    {
        var scan = new FileScan(shownPath, address, File.ReadAllText(path).ReplaceLineEndings("\n"), siteHost);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".css":
                scan.Css(scan.Text, address, 0, exact: true);
                break;
            case ".js" or ".mjs":
                scan.Script(scan.Text, address, 0, exact: true);
                break;
            default:
                HtmlScanner.Scan(scan);
                break;
        }
        return scan;
    }

    private static HostFinding Finding(Contact contact, TrackerList trackers, AllowPolicy policy)
    {
        var host = contact.Url.Host.ToLowerInvariant();
        var tracker = trackers.Match(contact.Url);
        return new HostFinding(host, contact.Kind, contact.Url.AbsoluteUri, contact.Via, contact.Location, tracker, policy.Allows(host, tracker));
    }

    private static PrivacyReport Report(SiteConfig config, int filesRead, ImmutableArray<HostFinding> findings, ImmutableArray<StorageUse> storage,
        ImmutableArray<TrackingApiUse> apis, AllowPolicy policy, ImmutableArray<Diagnostic> unreadable) =>
        new(config.BaseUrl.Host,
            filesRead,
            [.. findings.OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Url, StringComparer.Ordinal)],
            [.. storage.OrderBy(s => s.Location.Path, StringComparer.Ordinal).ThenBy(s => s.Location.Line).ThenBy(s => s.Location.Column).ThenBy(s => s.Api, StringComparer.Ordinal)],
            [.. apis.OrderBy(a => a.Location.Path, StringComparer.Ordinal).ThenBy(a => a.Location.Line).ThenBy(a => a.Location.Column).ThenBy(a => a.Api, StringComparer.Ordinal)],
            policy.AllowedHosts,
            Sorted([.. unreadable, .. PrivacyFailures.Errors(findings, storage, policy)]),
            Sorted(PrivacyFailures.Warnings(apis)));

    private static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics.OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal),
    ];

    /// <summary>Where a file is served: its path under the base URL, each segment escaped.</summary>
    private static Uri AddressOf(Uri baseUrl, string relativePath) =>
        new(baseUrl, string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));
}
