namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>What the converter asks the importer about addresses: where images and links go, and which images a gallery holds.</summary>
public interface IConversionLinks
{
    /// <summary>The address to write for an image: a file name beside the article once copied, else the original.</summary>
    string Image(string url);

    /// <summary>The address to write for a link: an imported page's Markdown file, a copied file, else the original.</summary>
    string Link(string url);

    /// <summary>True for a link to an uploaded image or an attachment page, which adds nothing around the image itself.</summary>
    bool IsMediaLink(string url);

    /// <summary>The reusable block with this id (post type wp_block), or null when the export does not hold it.</summary>
    string? ReusableBlock(long id);

    /// <summary>The images of a [gallery]: those named by <paramref name="ids"/>, or the post's attached images when null.</summary>
    IReadOnlyList<GalleryImage> Gallery(IReadOnlyList<long>? ids);
}
