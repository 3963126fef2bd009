using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>One page to render: what it is, where it goes, and the documents it shows.</summary>
/// <param name="Document">The document the page renders (an article, a page, a section's _index.md), if any.</param>
/// <param name="Items">The articles a list page shows, in order.</param>
/// <param name="Older">For an article, the next older article in its section.</param>
/// <param name="Newer">For an article, the next newer article in its section.</param>
/// <param name="Origin">What the page is built from, for messages: a file's path or a description like "the list of articles".</param>
public sealed record PagePlan(
    PageKind Kind,
    string Url,
    string Title,
    RenderedDocument? Document,
    Section? Section,
    ImmutableArray<RenderedDocument> Items,
    RenderedDocument? Older,
    RenderedDocument? Newer,
    string Origin);
