using System.Collections.Immutable;

namespace TrustSite.Import.WordPress;

/// <summary>A WordPress export (WXR) as read from its XML: the site, its authors, its terms and every item.</summary>
/// <param name="SiteUrl">The blog's address from wp:base_blog_url (or the channel's link), without a trailing '/'.</param>
/// <param name="Generator">The generator line, such as "https://wordpress.org/?v=6.4.2", or "".</param>
public sealed record WxrExport(
    string SiteTitle,
    string SiteUrl,
    string Generator,
    ImmutableArray<WxrAuthor> Authors,
    ImmutableArray<WxrTerm> Terms,
    ImmutableArray<WxrItem> Items)
{
    /// <summary>The WordPress version from the generator line ("6.4.2"), or null.</summary>
    public string? WordPressVersion =>
        Generator.IndexOf("?v=", StringComparison.Ordinal) is var i and >= 0 ? Generator[(i + 3)..] : null;
}
