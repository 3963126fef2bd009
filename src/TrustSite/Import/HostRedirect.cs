namespace TrustSite.Import;

/// <summary>An old address with a query (/?p=12) that no static file can answer, and where a host rule should send it.</summary>
public sealed record HostRedirect(string From, string To);
