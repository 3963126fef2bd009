using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Pages;
using TrustSite.Site;
using TrustSite.Templating;
using TrustSite.Urls;

namespace TrustSite.Output;

/// <summary>Lists every file the build will write, with its source: pages, content files, theme files and the redirects file.</summary>
public static class OutputEntries
{
    public static IEnumerable<OutputEntry> From(ImmutableArray<PagePlan> plans, SiteIndex index, Theme theme, bool hasRedirects)
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
        foreach (var asset in theme.Assets)
        {
            yield return new OutputEntry(asset.Url.TrimStart('/'), asset.SitePath, SourceLocation.File(asset.SitePath));
        }
        if (hasRedirects)
        {
            yield return new OutputEntry(RedirectsFile.FileName, "the redirects of the aliases", SourceLocation.File(RedirectsFile.FileName));
        }
    }
}
