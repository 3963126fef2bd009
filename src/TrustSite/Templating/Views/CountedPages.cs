using TrustSite.Configuration;
using TrustSite.Pages;
using TrustSite.Urls;

namespace TrustSite.Templating.Views;

/// <summary>Decides which pages the analytics service may count: never the contact, thank-you and crisis pages.</summary>
/// <remarks>Someone writing to a counselor or reading a crisis page should not even be a number in someone else's dashboard.</remarks>
internal static class CountedPages
{
    private static readonly string[] UncountedLayouts = ["contact", "thanks"];

    public static AnalyticsView? For(PagePlan plan, SiteConfig config)
    {
        if (config.Analytics is not { } analytics || !IsCounted(plan, config))
        {
            return null;
        }
        return new AnalyticsView(analytics.Provider, analytics.ScriptUrl, [.. analytics.Attributes.Select(a => new NameValueView(a.Key, a.Value))]);
    }

    public static bool IsCounted(PagePlan plan, SiteConfig config)
    {
        if (plan.Kind == PageKind.Alias)
        {
            return false;
        }
        var frontMatter = plan.Document?.Published.Document.FrontMatter;
        if (frontMatter?.Layout is { } layout && UncountedLayouts.Contains(layout, StringComparer.Ordinal))
        {
            return false;
        }
        if (frontMatter?.Crisis == true)
        {
            return false;
        }
        var thankYou = new[] { config.Contact.Form?.ThankYouUrl, config.Newsletter.Form?.ThankYouUrl }
            .Where(u => u is not null && u.StartsWith('/'))
            .Select(u => SitePath.Normalize(u!));
        return !thankYou.Contains(SitePath.Normalize(plan.Url), StringComparer.Ordinal);
    }
}
