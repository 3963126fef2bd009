using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Pages;
using TrustSite.Site;
using TrustSite.Templating;
using TrustSite.Urls;

namespace TrustSite.Output;

/// <summary>Lists every file the build will write, with its source: pages, content files, theme files and generated files.</summary>
public static class OutputEntries
{
    /// <param name="generated">Files the build makes itself (feeds, sitemap, robots.txt), by site path with what makes them.</param>
    public static IEnumerable<OutputEntry> From(ImmutableArray<PagePlan> plans, SiteIndex index, ImmutableArray<PublishedThemeAsset> themeAssets,
        IEnumerable<(string Path, string Origin)> generated)
    {
        foreach (var plan in plans)
        {
            var location = plan.Location.Path is null ? SourceLocation.File(plan.Origin) : plan.Location;
            yield return new OutputEntry(SitePath.ToOutputFile(plan.Url), plan.Origin, location);
        }
        foreach (var asset in index.Assets)
        {
            yield return new OutputEntry(asset.Url.TrimStart('/'), asset.Source.SitePath, SourceLocation.File(asset.Source.SitePath));
        }
        foreach (var asset in themeAssets)
        {
            yield return new OutputEntry(asset.Url.TrimStart('/'), asset.Source.SitePath, SourceLocation.File(asset.Source.SitePath));
        }
        foreach (var (path, origin) in generated)
        {
            yield return new OutputEntry(path.TrimStart('/'), origin, SourceLocation.File(origin));
        }
    }
}
