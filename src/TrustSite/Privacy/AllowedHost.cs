using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>A host the audit accepts, and why; a host allowed for two reasons appears twice.</summary>
/// <param name="Location">Where site.yml allows it: the privacy.allow item, or the form's setting.</param>
public sealed record AllowedHost(string Host, AllowReason Reason, SourceLocation Location);
