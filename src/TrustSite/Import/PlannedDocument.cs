using System.Collections.Immutable;
using TrustSite.Import.WordPress;

namespace TrustSite.Import;

/// <summary>A post or page with its place decided: folder, slug, address, old addresses; its content is not converted yet.</summary>
/// <param name="Folder">The folder under content/: "articles/" for posts, "" for pages, "about/" for a page under About,
/// each under its language's folder for a language other than the site's default ("es/articles/").</param>
/// <param name="Url">The address TrustSite will publish it at, such as /articles/hope/.</param>
/// <param name="IsLinkable">Published now on the old site and here, so links from other articles may point at it.</param>
/// <param name="Aliases">Old addresses that a static file can answer: paths without a query.</param>
/// <param name="HostAddresses">Old addresses with a query (/?p=12), which only a rule on the host can redirect.</param>
/// <param name="Language">Where the item's language (Polylang's) puts it: the site's code and folder, or the code the site does not have.</param>
/// <param name="TranslationKey">What it shares with its translations when that is not its own path, or null.</param>
public sealed record PlannedDocument(
    WxrItem Item,
    bool IsPage,
    string Folder,
    string Slug,
    string Url,
    bool IsLinkable,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> HostAddresses,
    ImportLanguage Language,
    string? TranslationKey = null)
{
    /// <summary>A page under another page, in that page's folder (about/team.md beside about.md): the build publishes it at /about/team/.</summary>
    public bool IsNestedPage => IsPage && Folder.Length > Language.Folder.Length;

    /// <summary>The key the build gives it by default: its path without the language folder and extension (articles/hope).</summary>
    public string PathKey => Folder[Language.Folder.Length..] + Slug;

    public string ContentPath(bool isBundle) => Folder + Slug + (isBundle ? "/index.md" : ".md");
}
