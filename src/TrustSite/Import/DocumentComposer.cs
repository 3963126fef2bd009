using System.Collections.Frozen;
using System.Net;
using TrustSite.Content;
using TrustSite.Import.HtmlToMarkdown;
using TrustSite.Import.WordPress;
using TrustSite.Import.Writing;

namespace TrustSite.Import;

/// <summary>Turns one planned post or page into its Markdown file: the front matter keys of the README's table, then the converted body.</summary>
public sealed class DocumentComposer(ItemCatalog catalog, OldSiteAddress oldSite, FrozenDictionary<string, PlannedDocument> byOldAddress,
    string? uploadsRoot, HtmlToMarkdownConverter converter)
{
    // Every post is in WordPress's default category unless the author chose one; it says nothing about the post.
    private static readonly HashSet<string> DefaultCategories = new(StringComparer.OrdinalIgnoreCase) { "uncategorized", "sin-categoria" };

    public ComposedDocument Compose(PlannedDocument plan)
    {
        var item = plan.Item;
        var media = new MediaBundle(oldSite, uploadsRoot);
        // The featured image is resolved first, so that its file name never depends on the images in the text.
        var image = catalog.Attachment(ParseId(item.MetaValue("_thumbnail_id"))) is { AttachmentUrl.Length: > 0 } thumbnail
            ? media.Resolve(thumbnail.AttachmentUrl)
            : null;
        var conversion = converter.Convert(item.Content, new ItemLinks(item, catalog, oldSite, byOldAddress, media));
        var text = FrontMatter(plan, image).Close(conversion.Markdown);
        var contentPath = plan.ContentPath(isBundle: media.Files.Count > 0);
        return new ComposedDocument(plan, contentPath, text, media.Files, conversion.Issues, media.NotCopied);
    }

    private FrontMatterWriter FrontMatter(PlannedDocument plan, string? image)
    {
        var item = plan.Item;
        var date = WordPressDate.ToFrontMatter(item.Date, item.DateGmt);
        var lastmod = WordPressDate.ToFrontMatter(item.Modified, item.ModifiedGmt);
        return new FrontMatterWriter()
            .Text("title", Title(plan))
            .Date("date", date)
            .Date("lastmod", lastmod != date && string.CompareOrdinal(lastmod, date) > 0 ? lastmod : null)
            .Date("publishDate", item.Status == "future" ? date : null)
            .Flag("draft", IsDraft(item))
            .Plain("slug", plan.Slug)
            .Text("url", plan.IsNestedPage ? plan.Url : null)
            .List("aliases", plan.Aliases, quoteAll: true)
            .Text("summary", PlainText.FromHtml(item.Excerpt) is { Length: > 0 } summary ? summary : null)
            .Text("author", catalog.AuthorName(item.Creator))
            .Text("image", image)
            .Number("weight", plan.IsPage ? item.MenuOrder : 0)
            .List("tags", Terms(item, "post_tag"))
            .List("categories", Terms(item, "category"))
            .Plain("translationKey", plan.TranslationKey)
            .Plain("language", plan.Language.Unlisted);
    }

    /// <summary>Draft, pending review, private and password-protected items are imported unpublished.</summary>
    public static bool IsDraft(WxrItem item) => item.Status is "draft" or "pending" or "private" || item.Password.Length > 0;

    public static string Title(PlannedDocument plan) =>
        PlainText.FromHtml(plan.Item.Title) is { Length: > 0 } title ? title : FileNameConvention.Humanize(plan.Slug);

    private static List<string> Terms(WxrItem item, string domain) =>
        [.. item.TermsOf(domain)
            .Where(t => domain != "category" || !DefaultCategories.Contains(t.Slug))
            .Select(t => WebUtility.HtmlDecode(t.Name).Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static long ParseId(string? text) => long.TryParse(text, out var id) ? id : 0;
}
