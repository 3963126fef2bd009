using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>The keys a document's front matter may set, typed; any other key is kept in <see cref="Params"/> for templates.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Lastmod { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public string? Url { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<string> Categories { get; init; } = [];
    public ImmutableArray<string> Series { get; init; } = [];
    public string? Author { get; init; }
    public string? Image { get; init; }
    public int Weight { get; init; }
    public string? Layout { get; init; }
    public ImmutableDictionary<string, object?> Params { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Where each key's value was written, so that later stages can point at the line of `slug:` or `layout:`.</summary>
    public ImmutableDictionary<string, SourceLocation> Locations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    public static FrontMatter Empty { get; } = new();

    public SourceLocation LocationOf(string key, SourceLocation fallback) =>
        Locations.TryGetValue(key, out var location) ? location : fallback;
}
