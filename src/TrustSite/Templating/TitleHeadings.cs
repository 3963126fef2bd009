using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrustSite.Markdown;
using TrustSite.Pages;

namespace TrustSite.Templating;

/// <summary>Finds the documents whose layout already prints the page's title as its h1, so the checks can flag another h1 in the text.</summary>
/// <remarks>A layout "prints the title" when one of its templates, or a layout wrapping it, opens an h1 with {{ page.title }}.</remarks>
public static partial class TitleHeadings
{
    public static Func<RenderedDocument, bool> Find(Theme theme, ImmutableArray<PagePlan> plans)
    {
        var resolver = new LayoutResolver(theme);
        var byLayout = new Dictionary<string, bool>(StringComparer.Ordinal);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans.Where(p => p.Document is not null))
        {
            if (resolver.Resolve(plan, out _) is { } layout && PrintsTitle(theme, layout, byLayout))
            {
                documents.Add(plan.Document!.Published.SitePath);
            }
        }
        return document => documents.Contains(document.Published.SitePath);
    }

    private static bool PrintsTitle(Theme theme, ThemeTemplate layout, Dictionary<string, bool> byLayout)
    {
        if (!byLayout.TryGetValue(layout.Name, out var prints))
        {
            // Scriban prints its parsed template back as text, with {{page.title}} written without spaces.
            prints = TitleInHeading().IsMatch(layout.Template.Page?.ToString() ?? "");
            byLayout[layout.Name] = prints;
            if (!prints && layout.Parent is { } parent && parent != layout.Name && theme.Layouts.TryGetValue(parent, out var outer))
            {
                prints = byLayout[layout.Name] = PrintsTitle(theme, outer, byLayout);
            }
        }
        return prints;
    }

    [GeneratedRegex(@"<h1\b[^>]*>\s*\{\{[~-]?\s*page\.title\s*[~-]?\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex TitleInHeading();
}
