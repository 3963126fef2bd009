using TrustSite.Site;

namespace TrustSite.Links;

/// <summary>What a link in content becomes: the href to write and, for internal links, the site path to check later.</summary>
/// <param name="Href">The URL to write in the page (base path included for internal links).</param>
/// <param name="CheckPath">For an internal link that was not resolved to a known file, the site path that must exist when the site is complete.</param>
/// <param name="Asset">For a link to a file of the site's content (an image, a download), that file.</param>
public sealed record LinkResolution(LinkKind Kind, string Href, string? CheckPath = null, string? Problem = null, string? Hint = null,
    PublishedAsset? Asset = null);
