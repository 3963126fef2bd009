using TrustSite.Pages;

namespace TrustSite.Templating;

/// <summary>Finds the layout for a page: the page's own `layout:`, else the layout named after its kind, else "default"; child theme first.</summary>
public sealed class LayoutResolver(Theme theme)
{
    public const string DefaultLayout = "default";

    public ThemeTemplate? Resolve(PagePlan plan, out IReadOnlyList<string> tried)
    {
        var candidates = plan.Document?.Published.Document.FrontMatter.Layout is { } explicitLayout
            ? [explicitLayout]
            : new[] { plan.Kind.LayoutName(), DefaultLayout };
        foreach (var candidate in candidates)
        {
            if (theme.Layouts.TryGetValue(candidate, out var layout))
            {
                tried = [];
                return layout;
            }
        }
        tried = [.. candidates.SelectMany(c => theme.Chain.Select(t => $"{t.SitePath}/layouts/{c}.html"))];
        return null;
    }
}
