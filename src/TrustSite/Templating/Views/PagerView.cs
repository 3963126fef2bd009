using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>Navigation between the pages of a list: previous, next, and numbered links with gaps for long lists.</summary>
public sealed record PagerView(int Number, int Total, string? PreviousUrl, string? NextUrl, ImmutableArray<PageLinkView> Links);

/// <summary>One numbered link; a gap stands for the pages left out between two numbers.</summary>
public sealed record PageLinkView(int Number, string? Url, bool IsCurrent, bool IsGap);
