using TrustSite.Diagnostics;

namespace TrustSite.Links;

/// <summary>An internal link found in content, kept so that it can be checked once every page and file of the site is known.</summary>
public sealed record LinkReference(string Path, SourceLocation Location);
