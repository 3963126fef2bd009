using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>A year of the archive with its months, newest first.</summary>
public sealed record ArchiveYearView(int Year, ImmutableArray<ArchiveMonthView> Months);

/// <summary>A month of the archive, its name in the page's language, with its articles.</summary>
public sealed record ArchiveMonthView(int Month, string Name, string Id, ImmutableArray<ArticleCardView> Articles);
