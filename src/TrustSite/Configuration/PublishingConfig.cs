using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>How the site is published: feeds, search-engine metadata, minification and files for the host.</summary>
/// <param name="FeedCount">How many of the latest articles each feed carries.</param>
/// <param name="FeedFullContent">Whole articles in feeds, or only their summaries.</param>
/// <param name="TermFeeds">A feed for every taxonomy term as well, such as /tags/forgiveness/feed.xml.</param>
/// <param name="ShareImage">The image shown when a page without its own is shared.</param>
/// <param name="TitlePattern">The browser title, with {title} and {site}.</param>
/// <param name="Cname">The custom domain GitHub Pages serves the site at; writes a CNAME file.</param>
/// <param name="ExtraSources">Hosts the Content-Security-Policy allows beyond the site and its form services.</param>
public sealed record PublishingConfig(
    int FeedCount,
    bool FeedFullContent,
    bool TermFeeds,
    string? ShareImage,
    string TitlePattern,
    string? TwitterHandle,
    bool Minify,
    string? Cname,
    ImmutableArray<string> ExtraSources)
{
    public static PublishingConfig Default { get; } = new(20, true, false, null, "{title} · {site}", null, false, null, []);
}
