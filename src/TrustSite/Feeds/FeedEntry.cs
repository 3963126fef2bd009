using System.Collections.Immutable;

namespace TrustSite.Feeds;

/// <summary>One article as every feed format needs it: absolute addresses, dates with offsets, plain summary, HTML content.</summary>
public sealed record FeedEntry(
    string Id,
    string Url,
    string Title,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Author,
    string Summary,
    string? ContentHtml,
    string? Image,
    ImmutableArray<string> Categories);
