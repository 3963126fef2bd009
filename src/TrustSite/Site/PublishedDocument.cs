using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>A document that this build publishes, with the site-relative URL path it is published at ("/articles/hope/").</summary>
public sealed record PublishedDocument(Document Document, string Url)
{
    /// <summary>Dated in the future, and published only because the build was asked for future articles (a preview).</summary>
    public bool IsFuture { get; init; }

    public string SitePath => Document.Source.SitePath;
}
