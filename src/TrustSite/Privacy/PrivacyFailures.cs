using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>Turns what the audit found into diagnostics: one per problem, at its first place, however many pages repeat it
/// (a tracker in the theme's footer is one mistake, not one per page).</summary>
internal static class PrivacyFailures
{
    public static ImmutableArray<Diagnostic> Errors(IEnumerable<HostFinding> findings, IEnumerable<StorageUse> storage, AllowPolicy policy) =>
    [
        .. findings.Where(f => !f.IsAllowed).GroupBy(f => (f.Host, f.Kind)).Select(g => Host(Ordered(g, f => f.Location), policy)),
        .. storage.Where(s => !s.IsAllowed).GroupBy(s => s.Storage).Select(g => Storage(Ordered(g, s => s.Location))),
    ];

    public static ImmutableArray<Diagnostic> Warnings(IEnumerable<TrackingApiUse> uses) =>
        [.. uses.GroupBy(u => u.Api).Select(g => Api(Ordered(g, u => u.Location)))];

    private static Diagnostic Host(IReadOnlyList<HostFinding> places, AllowPolicy policy)
    {
        var first = places[0];
        var named = first.Tracker is { } tracker ? $" ({tracker.Name})" : "";
        var what = $"{PrivacyMessages.Subject(first.Location, first.Via)} {PrivacyMessages.Verb(first.Kind, first.Via)} {first.Host}{named}";
        var origin = $"https://{first.Host}";
        if (first.Tracker is { } known && policy.IsFormHost(first.Host))
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.PrivacyTrackerNotAllowed, first.Location,
                $"{what}, a known {PrivacyMessages.Describe(known.Category)}; a form sent there does not make it allowed",
                Also(places) + $"add {origin} to privacy.allow in site.yml only if visitors should accept {known.Name}, and say so on the privacy page");
        }
        var hint = first.Tracker is { } listed
            ? $"{listed.Name} is a known {PrivacyMessages.Describe(listed.Category)} that sees every visitor; remove it, or add {origin} to privacy.allow in site.yml and say so on the privacy page"
            : $"serve the file from the site itself, or, if visitors should accept this host, add {origin} to privacy.allow in site.yml";
        return new Diagnostic(Severity.Error, DiagnosticCodes.PrivacyHostNotAllowed, first.Location, $"{what}, a host not allowed in site.yml", Also(places) + hint);
    }

    private static Diagnostic Storage(IReadOnlyList<StorageUse> places)
    {
        var first = places[0];
        var name = PrivacyMessages.StorageName(first.Storage);
        return new Diagnostic(Severity.Error, DiagnosticCodes.PrivacyStorage, first.Location,
            $"{PrivacyMessages.ScriptSubject(first.Location)} uses {first.Api}, which keeps data in the visitor's browser, and site.yml does not allow {name}",
            Also(places) + $"remove it, or add {name} to privacy.storage in site.yml and say so on the privacy page");
    }

    private static Diagnostic Api(IReadOnlyList<TrackingApiUse> places)
    {
        var first = places[0];
        return new Diagnostic(Severity.Warning, DiagnosticCodes.PrivacyTrackingApi, first.Location,
            $"{PrivacyMessages.ScriptSubject(first.Location)} uses {first.Api}, which {first.Purpose}; trackers use it to recognise visitors",
            Also(places) + "remove it unless the site needs it; a library the script bundles may be the cause");
    }

    private static string Also<T>(IReadOnlyList<T> places) => places.Count switch
    {
        1 => "",
        2 => "also in 1 other place; ",
        _ => $"also in {places.Count - 1} other places; ",
    };

    private static List<T> Ordered<T>(IEnumerable<T> items, Func<T, SourceLocation> location) =>
    [
        .. items.OrderBy(i => location(i).Path, StringComparer.Ordinal).ThenBy(i => location(i).Line).ThenBy(i => location(i).Column),
    ];
}
