using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>What the content checks read: the settings, every published document rendered, and what the finished site will serve.</summary>
/// <param name="Serves">Whether the site will have a page or file at a site path ("/articles/hope/photo.jpg").</param>
/// <param name="ShowsTitleAsHeading">Whether the layout that renders a document already prints its title as the page's h1.</param>
public sealed record CheckInput(
    SiteConfig Config,
    ImmutableArray<RenderedDocument> Documents,
    Func<string, bool> Serves,
    Func<RenderedDocument, bool> ShowsTitleAsHeading);
