using System.Collections.Immutable;
using TrustSite.Import.WordPress;

namespace TrustSite.Import;

/// <summary>A post or page with its place decided: folder, slug, address, old addresses; its content is not converted yet.</summary>
/// <param name="Folder">The folder under content/: "articles/" for posts, "" for pages, "about/" for a page under About.</param>
/// <param name="Url">The address TrustSite will publish it at, such as /articles/hope/.</param>
/// <param name="IsLinkable">Published now on the old site and here, so links from other articles may point at it.</param>
/// <param name="Aliases">Old addresses that a static file can answer: paths without a query.</param>
/// <param name="HostAddresses">Old addresses with a query (/?p=12), which only a rule on the host can redirect.</param>
public sealed record PlannedDocument(
    WxrItem Item,
    bool IsPage,
    string Folder,
    string Slug,
    string Url,
    bool IsLinkable,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> HostAddresses)
{
    /// <summary>A page under another page, in that page's folder (about/team.md beside about.md): the build publishes it at /about/team/.</summary>
    public bool IsNestedPage => IsPage && Folder.Length > 0;

    public string ContentPath(bool isBundle) => Folder + Slug + (isBundle ? "/index.md" : ".md");
}
