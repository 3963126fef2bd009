using System.Collections.Immutable;
using TrustSite.Links;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>A published document with its body rendered to an HTML fragment, and what lists and checks need from it.</summary>
/// <param name="Summary">Plain text for lists and meta descriptions.</param>
/// <param name="Links">Internal links whose targets can only be checked once the whole site is planned.</param>
public sealed record RenderedDocument(
    PublishedDocument Published,
    string Html,
    string Summary,
    int WordCount,
    ImmutableArray<LinkReference> Links)
{
    public string Url => Published.Url;

    public string Title => Published.Document.Title;

    public DateTimeOffset? Date => Published.Document.Date;
}
