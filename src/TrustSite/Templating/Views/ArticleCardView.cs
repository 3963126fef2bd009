using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>An article as lists show it: title, link, date, summary. Built once per article and shared by every list.</summary>
public sealed record ArticleCardView(
    string Title,
    string Url,
    string? DateIso,
    string? DateDisplay,
    string Summary,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Categories,
    int ReadingMinutes,
    string? Image,
    bool IsDraft);
