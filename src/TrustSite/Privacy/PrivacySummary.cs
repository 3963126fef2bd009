using System.Collections.Immutable;
using TrustSite.Configuration;

namespace TrustSite.Privacy;

/// <summary>Says in plain words, for the privacy page, what a visitor's browser shares with other companies; the same
/// report always gives the same text, hosts sorted.</summary>
public static class PrivacySummary
{
    /// <summary>What the audited site does: "This site loads nothing from other companies. The contact form is sent to formspree.io; …".</summary>
    public static string Write(PrivacyReport report, string language)
    {
        var formHosts = report.AllowedHosts.Where(a => a.Reason is AllowReason.ContactForm or AllowReason.NewsletterForm).Select(a => a.Host)
            .ToHashSet(StringComparer.Ordinal);
        var analyticsHosts = report.AllowedHosts.Where(a => a.Reason == AllowReason.Analytics).Select(a => a.Host).ToHashSet(StringComparer.Ordinal);
        var contacted = report.Findings
            .Where(f => !(f.Kind == ResourceKind.Form && formHosts.Contains(f.Host)) && !analyticsHosts.Contains(f.Host))
            .GroupBy(f => f.Host)
            .Select(g => new Contacted(g.Key, g.First().Tracker?.Name, [.. g.Select(f => f.Kind).Distinct().Order()]));
        var storage = report.StorageUses.Select(s => s.Storage).Distinct();
        (string, IReadOnlyList<string>)? analytics = report.AnalyticsName is { } name ? (name, [.. analyticsHosts.Order(StringComparer.Ordinal)]) : null;
        return Compose(SummaryWords.For(language), certain: true, contacted, report.AllowedHosts, storage, analytics);
    }

    /// <summary>What site.yml allows, before the site is built, for a privacy page rendered with it; a build whose audit
    /// passes keeps this promise.</summary>
    public static string Promise(SiteConfig config, string language)
    {
        var policy = new AllowPolicy(config);
        var contacted = config.Privacy.Allow.Select(a => new Contacted(a.Host, TrackerList.Default.Match(new Uri(a.Origin))?.Name, []));
        (string, IReadOnlyList<string>)? analytics = config.Analytics is { } counter ? (counter.Name, counter.Hosts) : null;
        return Compose(SummaryWords.For(language), certain: false, contacted, policy.AllowedHosts, config.Privacy.Storage, analytics);
    }

    private sealed record Contacted(string Host, string? Name, ImmutableArray<ResourceKind> Kinds);

    private static string Compose(SummaryWords words, bool certain, IEnumerable<Contacted> contacted, IEnumerable<AllowedHost> allowed,
        IEnumerable<BrowserStorage> storage, (string Name, IReadOnlyList<string> Hosts)? analytics)
    {
        var hosts = contacted.OrderBy(c => c.Host, StringComparer.Ordinal).Select(c => Describe(words, c)).ToList();
        var sentences = new List<string>
        {
            hosts.Count > 0 ? (certain ? words.Loads : words.MayLoad) + string.Join("; ", hosts) + "." : analytics is null ? words.Nothing : words.NothingElse,
        };
        if (analytics is { } counter)
        {
            sentences.Add(words.Analytics(counter.Name, string.Join(", ", counter.Hosts)));
        }
        if (Forms(words, [.. allowed]) is { } forms)
        {
            sentences.Add(forms);
        }
        var stored = storage.Distinct().Order().Select(s => words.Storage[s]).ToList();
        sentences.Add(stored.Count == 0 ? words.NoStorage : (certain ? words.Stores : words.MayStore) + words.Join(stored) + ".");
        return string.Join(" ", sentences);
    }

    private static string Describe(SummaryWords words, Contacted contacted)
    {
        var kinds = words.Join([.. contacted.Kinds.Select(k => words.Kinds[k])]);
        var details = (contacted.Name, kinds.Length) switch
        {
            (null, 0) => "",
            (null, _) => $" ({kinds})",
            (_, 0) => $" ({contacted.Name})",
            _ => $" ({contacted.Name}: {kinds})",
        };
        return contacted.Host + details;
    }

    private static string? Forms(SummaryWords words, IReadOnlyList<AllowedHost> allowed)
    {
        var contact = allowed.FirstOrDefault(a => a.Reason == AllowReason.ContactForm)?.Host;
        var newsletter = allowed.FirstOrDefault(a => a.Reason == AllowReason.NewsletterForm)?.Host;
        return (contact, newsletter) switch
        {
            (null, null) => null,
            (_, null) => words.ContactOnly(contact),
            (null, _) => words.NewsletterOnly(newsletter),
            _ when contact == newsletter => words.BothSame(contact),
            _ => words.BothApart(contact, newsletter),
        };
    }
}
