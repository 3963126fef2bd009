using System.Collections.Immutable;
using System.Text;
using TrustSite.Links;
using TrustSite.Markdown.Shortcodes;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>A published document with its body rendered to an HTML fragment, and what lists, navigation and checks need from it.</summary>
/// <param name="Summary">Plain text for lists and meta descriptions.</param>
/// <param name="SummaryHtml">The summary as HTML: the text before &lt;!--more--&gt; when the author marked one, else the plain summary escaped.</param>
/// <param name="Headings">The headings of the body, in order, for the table of contents.</param>
/// <param name="Anchors">Every id in the body, so links to page.md#part can be checked.</param>
/// <param name="Links">Internal links whose targets can only be checked once the whole site is planned.</param>
/// <param name="Shortcodes">The shortcodes whose placeholders are in <see cref="Html"/>, rendered with the page.</param>
public sealed record RenderedDocument(
    PublishedDocument Published,
    string Html,
    string Summary,
    string SummaryHtml,
    int WordCount,
    ImmutableArray<Heading> Headings,
    ImmutableHashSet<string> Anchors,
    ImmutableArray<LinkReference> Links,
    ImmutableArray<ShortcodeCall> Shortcodes)
{
    // Every document's HTML stays in memory from the markdown stage until its page is written: as UTF-8 it takes half the
    // memory of a string for text in Latin letters (10,000 articles: about 100 MB less at the build's peak).
    private readonly byte[] _html = Encoding.UTF8.GetBytes(Html);

    /// <summary>The body as an HTML fragment; decoded from <see cref="HtmlUtf8"/> at each call.</summary>
    public string Html
    {
        get => Encoding.UTF8.GetString(_html);
        init => _html = Encoding.UTF8.GetBytes(value);
    }

    /// <summary>The body as an HTML fragment, in UTF-8.</summary>
    public ReadOnlyMemory<byte> HtmlUtf8 => _html;

    /// <summary>The images of the body, shortcodes' inner Markdown included, as the author wrote them.</summary>
    public ImmutableArray<ContentImage> Images { get; init; } = [];

    public string Url => Published.Url;

    public string Title => Published.Document.Title;

    public DateTimeOffset? Date => Published.Document.Date;
}
