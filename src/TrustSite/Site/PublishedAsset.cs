using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>A non-Markdown file that this build publishes, and the URL path it is copied to.</summary>
public sealed record PublishedAsset(SourceFile Source, string Url);
