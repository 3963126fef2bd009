using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>One page to render: what it is, where it goes, and what it shows.</summary>
/// <param name="Document">The document the page renders (an article, a page, a section's _index.md), if any.</param>
/// <param name="TranslationKey">What the same page in other languages shares, for the language switcher.</param>
/// <param name="Origin">What the page is built from, for messages: a file's path or a description like "the list of articles".</param>
public sealed record PagePlan(PageKind Kind, string Language, string Url, string Title, RenderedDocument? Document, string TranslationKey, string Origin)
{
    /// <summary>The articles a list page shows, in order.</summary>
    public ImmutableArray<RenderedDocument> Items { get; init; } = [];

    public Pager? Pager { get; init; }

    public Section? Section { get; init; }

    /// <summary>For an article, the next older and newer articles of its section.</summary>
    public RenderedDocument? Older { get; init; }

    public RenderedDocument? Newer { get; init; }

    public Taxonomy? Taxonomy { get; init; }

    public Term? Term { get; init; }

    /// <summary>For an alias, the address it redirects to.</summary>
    public string? AliasTarget { get; init; }

    /// <summary>Where to point a message about this page's address: the `url`, `slug` or `aliases` line that gave it.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Pages that search engines should not index: aliases, thank-you pages, page 2 and on of lists are indexed.</summary>
    public bool NoIndex { get; init; }
}
