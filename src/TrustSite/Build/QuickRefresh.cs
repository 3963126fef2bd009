using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Minify;
using TrustSite.Output;
using TrustSite.Pages;
using TrustSite.Urls;

namespace TrustSite.Build;

/// <summary>
/// The preview's first answer to a save that changed only the body of published documents: their own pages, rendered again with
/// everything else as the last build left it, written before the full incremental build brings lists and feeds up to date.
/// </summary>
/// <remarks>
/// Anything else (front matter, a new or deleted file, a warning or an error) is left to the full build: a page may then move,
/// appear in other lists or fail, which only the whole pipeline can tell. The full build that follows renders the same pages
/// again, so the site always ends as a clean build would make it.
/// </remarks>
internal static class QuickRefresh
{
    /// <summary>The pages written, or null when the change needs the full build first.</summary>
    public static ImmutableArray<string>? Try(BuildCache cache, IOutputTarget target, IReadOnlyCollection<string> changed)
    {
        if (cache.Last is not { } last || changed.Count == 0)
        {
            return null;
        }
        var plans = ImmutableArray.CreateBuilder<PagePlan>();
        var diagnostics = new DiagnosticBag();
        foreach (var path in changed)
        {
            if (!last.Documents.TryGetValue(path, out var previous) || !last.PagesBySource.TryGetValue(path, out var pages))
            {
                return null;
            }
            var old = previous.Published.Document;
            var document = last.Loader.Load(old.Source, diagnostics, last.PageFolders);
            if (document is null || diagnostics.HasErrors || document.FrontMatterSource != old.FrontMatterSource)
            {
                return null;
            }
            var rendered = last.Markdown.Render(previous.Published with { Document = document }, diagnostics);
            var anchors = new Dictionary<string, IReadOnlySet<string>>(last.Anchors, StringComparer.Ordinal) { [old.Source.ContentPath] = rendered.Anchors };
            Links.LinkChecker.Check(rendered.Links, last.Serves, anchors, diagnostics);
            if (diagnostics.HasErrors)
            {
                return null;
            }
            plans.AddRange(pages.Select(plan => plan with { Document = rendered }));
        }
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        last.Renderer.RenderAll(plans.ToImmutable(), (plan, html) =>
        {
            var text = html.ToString();
            target.WriteText(SitePath.ToOutputFile(plan.Url), last.Config.Publishing.Minify ? HtmlMinifier.Minify(text) : text);
            written.Add(plan.Url);
        }, diagnostics);
        return [.. written.Order(StringComparer.Ordinal)];
    }
}
