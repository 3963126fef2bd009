using TrustSite.Diagnostics;

namespace TrustSite.Links;

/// <summary>A link found in content, kept so that it can be checked once every page, file and heading of the site is known.</summary>
/// <param name="Path">A site path that must be served, such as "/contact/", or null when the link names a content file.</param>
/// <param name="TargetContentPath">For a link to a section of a page ("other.md#part", "#part"), the content path of that page.</param>
/// <param name="Anchor">The id the link points to within the target page.</param>
public sealed record LinkReference(string? Path, SourceLocation Location, string? TargetContentPath = null, string? Anchor = null)
{
    /// <summary>The reference is an image's source, so a missing target is reported as a missing image.</summary>
    public bool IsImage { get; init; }
}
