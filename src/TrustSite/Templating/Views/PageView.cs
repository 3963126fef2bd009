using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>What templates see as `page`: the page being rendered, with its dates formatted and its neighbours and list items as cards.</summary>
public sealed record PageView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string? Section,
    string? DateIso,
    string? DateDisplay,
    string? LastmodIso,
    string Summary,
    string Description,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Categories,
    ImmutableArray<string> Series,
    string? Author,
    string? Image,
    int WordCount,
    int ReadingMinutes,
    bool IsDraft,
    ArticleCardView? Older,
    ArticleCardView? Newer,
    ImmutableArray<ArticleCardView> Items,
    string SourcePath,
    ImmutableDictionary<string, object?> Params);
