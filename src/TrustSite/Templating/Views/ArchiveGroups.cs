using System.Collections.Immutable;
using System.Globalization;
using TrustSite.Markdown;

namespace TrustSite.Templating.Views;

/// <summary>Groups articles by year and month for the archive, newest first, with month names in the page's language.</summary>
internal static class ArchiveGroups
{
    public static ImmutableArray<ArchiveYearView> Build(ImmutableArray<RenderedDocument> articles, LanguageViews views) =>
    [
        .. articles.Where(a => a.Date is not null)
            .GroupBy(a => a.Date!.Value.Year)
            .OrderByDescending(y => y.Key)
            .Select(year => new ArchiveYearView(year.Key,
            [
                .. year.GroupBy(a => a.Date!.Value.Month).OrderByDescending(m => m.Key)
                    .Select(month => new ArchiveMonthView(month.Key, views.Dates.MonthName(month.Key),
                        string.Create(CultureInfo.InvariantCulture, $"{year.Key}-{month.Key:00}"), [.. month.Select(views.Card)])),
            ])),
    ];
}
