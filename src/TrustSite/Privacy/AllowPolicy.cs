using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Output;

namespace TrustSite.Privacy;

/// <summary>Decides what the audit accepts: the hosts the forms are sent to, the hosts and storage site.yml allows by name.</summary>
/// <remarks>A known tracker is never allowed only because a form is sent to its host: site.yml's privacy.allow must name it.</remarks>
internal sealed class AllowPolicy
{
    private readonly HashSet<string> _named;
    private readonly HashSet<string> _forms;
    private readonly ImmutableArray<BrowserStorage> _storage;

    public AllowPolicy(SiteConfig config)
    {
        var allowed = new List<AllowedHost>();
        // HostFiles.FormHosts is what the Content-Security-Policy's form-action allows; the audit accepts the same hosts.
        foreach (var host in HostFiles.FormHosts(config).Select(origin => new Uri(origin).Host))
        {
            if (HostOf(config.Contact.Form?.Action) == host)
            {
                allowed.Add(new AllowedHost(host, AllowReason.ContactForm, config.LocationOf("contact")));
            }
            if (HostOf(config.Newsletter.Form?.Action) == host)
            {
                allowed.Add(new AllowedHost(host, AllowReason.NewsletterForm, config.LocationOf("newsletter")));
            }
        }
        _forms = [.. allowed.Select(a => a.Host)];
        // The analytics service is a known tracker by design; choosing it in site.yml is naming it, as privacy.allow would.
        var analytics = config.Analytics?.Hosts ?? [];
        allowed.AddRange(analytics.Select(host => new AllowedHost(host, AllowReason.Analytics, config.Analytics!.Location)));
        allowed.AddRange(config.Privacy.Allow.Select(a => new AllowedHost(a.Host, AllowReason.AllowList, a.Location)));
        _named = [.. config.Privacy.Allow.Select(a => a.Host), .. analytics];
        _storage = config.Privacy.Storage;
        AllowedHosts = [.. allowed.OrderBy(a => a.Host, StringComparer.Ordinal).ThenBy(a => a.Reason)];
    }

    /// <summary>Every allowed host with why, sorted by host.</summary>
    public ImmutableArray<AllowedHost> AllowedHosts { get; }

    public bool Allows(string host, Tracker? tracker) => _named.Contains(host) || (tracker is null && _forms.Contains(host));

    /// <summary>True when only the tracker rule refuses the host: a form is sent there, but privacy.allow does not name it.</summary>
    public bool IsFormHost(string host) => _forms.Contains(host);

    public bool Allows(BrowserStorage storage) => _storage.Contains(storage);

    private static string? HostOf(string? action) =>
        action is not null && Uri.TryCreate(action, UriKind.Absolute, out var uri) ? uri.Host : null;
}
