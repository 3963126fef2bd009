using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>An article as lists show it: title, link, date, summary, tags. Built once per article and shared by every list.</summary>
public sealed record ArticleCardView(
    string Title,
    string Url,
    string? DateIso,
    string? DateDisplay,
    string Summary,
    RawHtml SummaryHtml,
    ImmutableArray<TermLinkView> Tags,
    ImmutableArray<TermLinkView> Categories,
    int ReadingMinutes,
    string? Image,
    bool IsDraft,
    bool IsFuture);
