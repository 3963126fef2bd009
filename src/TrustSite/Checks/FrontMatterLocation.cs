using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>Where a check points for a front matter value: the value itself, else the file (a title or slug taken from the file's name).</summary>
internal static class FrontMatterLocation
{
    public static SourceLocation Of(RenderedDocument document, string key) =>
        document.Published.Document.FrontMatter.LocationOf(key, SourceLocation.File(document.Published.SitePath));
}
