using TrustSite.Site;

namespace TrustSite.Links;

/// <summary>What a link in content becomes: the href to write and, for internal links, the site path to check later.</summary>
/// <param name="Href">The URL to write in the page (base path included for internal links).</param>
/// <param name="CheckPath">For an internal link that was not resolved to a known file, the site path that must exist when the site is complete.</param>
/// <param name="Asset">For a link to a file of the site's content (an image, a download), that file.</param>
/// <param name="AnchorTarget">For a link to a part of a page (other.md#part or #part), the content path of that page.</param>
/// <param name="Anchor">The part's id, to check once every page's headings are known.</param>
public sealed record LinkResolution(LinkKind Kind, string Href, string? CheckPath = null, string? Problem = null, string? Hint = null,
    PublishedAsset? Asset = null, string? AnchorTarget = null, string? Anchor = null)
{
    /// <summary>What must be checked later, if anything, for a link (or, with <paramref name="isImage"/>, an image) found at <paramref name="location"/>.</summary>
    public LinkReference? ReferenceAt(Diagnostics.SourceLocation location, bool isImage = false) =>
        CheckPath is not null || Anchor is not null ? new LinkReference(CheckPath, location, AnchorTarget, Anchor) { IsImage = isImage } : null;
}
