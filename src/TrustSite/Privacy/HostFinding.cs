using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>One place in the built site that makes a visitor's browser contact another host.</summary>
/// <param name="Host">The host contacted, in lower case, such as "fonts.googleapis.com".</param>
/// <param name="Url">The address as resolved against the page, such as "https://fonts.googleapis.com/css2?family=Inter".</param>
/// <param name="Via">What in the file asks for it, such as "script src", "link rel=preconnect" or "CSS @import".</param>
/// <param name="Location">The file (relative to the folder the audit was told to show, such as "public/index.html"), line and column.</param>
/// <param name="Tracker">The tracker list's entry for the address, if it has one.</param>
/// <param name="IsAllowed">Whether the host is allowed: by site.yml's privacy.allow or, unless it is a known tracker, as a form endpoint.</param>
public sealed record HostFinding(string Host, ResourceKind Kind, string Url, string Via, SourceLocation Location, Tracker? Tracker, bool IsAllowed);
