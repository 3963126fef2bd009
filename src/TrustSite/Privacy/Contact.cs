using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>A request to another host found in one file, before the audit decides whether it is allowed.</summary>
internal sealed record Contact(Uri Url, ResourceKind Kind, string Via, SourceLocation Location);
