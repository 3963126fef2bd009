using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;
using TrustSite.Site;

namespace TrustSite.Pages;

/// <summary>The whole site after rendering: everything list pages, navigation and feeds need, read-only.</summary>
/// <param name="Articles">Every published article of every section, newest first.</param>
/// <param name="Pages">Pages at the content root, by weight then title.</param>
public sealed record SiteModel(
    SiteConfig Config,
    RenderedDocument? Home,
    ImmutableArray<Section> Sections,
    ImmutableArray<RenderedDocument> Articles,
    ImmutableArray<RenderedDocument> Pages,
    SiteIndex Index);
