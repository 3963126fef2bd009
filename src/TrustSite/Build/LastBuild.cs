using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Markdown;
using TrustSite.Pages;
using TrustSite.Templating;

namespace TrustSite.Build;

/// <summary>What the last good preview build used to render its pages, kept so that an edit of one body can be shown at once.</summary>
/// <param name="PagesBySource">For each published document's site path, the pages that render it.</param>
/// <param name="Serves">Whether the site has a file at an address, to check the links of a body rendered again.</param>
/// <param name="Anchors">The anchors of each document, by content path, for links to a heading of another page.</param>
internal sealed record LastBuild(
    SiteConfig Config,
    DocumentLoader Loader,
    IReadOnlySet<string> PageFolders,
    MarkdownRenderer Markdown,
    PageRenderer Renderer,
    ImmutableDictionary<string, RenderedDocument> Documents,
    ImmutableDictionary<string, ImmutableArray<PagePlan>> PagesBySource,
    Func<string, bool> Serves,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors);
