using System.Collections.Immutable;

namespace TrustSite.Feeds;

/// <summary>One feed: the site (or one term of it) in one language, its addresses and its latest articles.</summary>
/// <param name="FolderUrl">The site path the feed files sit in: "/" or "/es/" or "/tags/forgiveness/".</param>
public sealed record FeedChannel(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string FolderUrl,
    Uri BaseUrl,
    string? Author,
    string Generator,
    ImmutableArray<FeedEntry> Entries)
{
    public const string RssFile = "feed.xml";
    public const string AtomFile = "atom.xml";
    public const string JsonFile = "feed.json";

    public string AbsoluteUrl(string file) => new Uri(BaseUrl, (FolderUrl + file).TrimStart('/')).AbsoluteUri;

    /// <summary>The newest date in the feed, which is also when it last changed: a build time would make every build differ.</summary>
    public DateTimeOffset Updated => Entries.IsEmpty ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.Updated);
}
