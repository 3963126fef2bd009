using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>A document that this build publishes, with the site-relative URL path it is published at ("/articles/hope/").</summary>
public sealed record PublishedDocument(Document Document, string Url)
{
    public string SitePath => Document.Source.SitePath;
}
