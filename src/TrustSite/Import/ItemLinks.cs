using System.Collections.Frozen;
using System.Net;
using TrustSite.Import.HtmlToMarkdown;
using TrustSite.Import.WordPress;

namespace TrustSite.Import;

/// <summary>Answers the converter for one document: its media go into its bundle, links to imported pages become their Markdown files.</summary>
public sealed class ItemLinks(WxrItem item, ItemCatalog catalog, OldSiteAddress oldSite, FrozenDictionary<string, PlannedDocument> byOldAddress,
    MediaBundle media) : IConversionLinks
{
    /// <summary>Written in place of a link to another imported document until every document's file name is known.</summary>
    public const string Placeholder = "trustsite-import:item/";

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff",
    };

    public string Image(string url) => media.Resolve(url);

    public string Link(string url)
    {
        if (oldSite.UploadPathOf(url) is not null)
        {
            return media.Resolve(url);
        }
        if (oldSite.PageKeyOf(url) is { } key && byOldAddress.TryGetValue(key, out var target) && target.IsLinkable)
        {
            var fragment = url.IndexOf('#') is var i and >= 0 ? url[i..] : "";
            return Placeholder + target.Item.Id + fragment;
        }
        return url;
    }

    public bool IsMediaLink(string url) =>
        oldSite.UploadPathOf(url) is { } upload && ImageExtensions.Contains(Path.GetExtension(upload))
        || url.Contains("attachment_id=", StringComparison.Ordinal)
        || (oldSite.PageKeyOf(url) is { } key && key.Contains("/attachment/", StringComparison.Ordinal));

    public string? ReusableBlock(long id) => catalog.ReusableBlock(id);

    public IReadOnlyList<GalleryImage> Gallery(IReadOnlyList<long>? ids)
    {
        var attachments = ids is null ? catalog.AttachmentsOf(item.Id) : ids.Select(catalog.Attachment).OfType<WxrItem>().ToList();
        return [.. attachments.Where(a => ImageExtensions.Contains(Path.GetExtension(a.AttachmentUrl)))
            .Select(a => new GalleryImage(a.AttachmentUrl, WebUtility.HtmlDecode(a.MetaValue("_wp_attachment_image_alt") ?? "")))];
    }
}
