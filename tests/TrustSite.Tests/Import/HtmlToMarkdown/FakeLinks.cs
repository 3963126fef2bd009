using TrustSite.Import.HtmlToMarkdown;

namespace TrustSite.Tests.Import.HtmlToMarkdown;

/// <summary>Answers the converter's questions without an export: uploads are media, two reusable blocks and three attached images exist.</summary>
public sealed class FakeLinks : IConversionLinks
{
    public string Image(string url) => url.Replace("https://old.example/wp-content/uploads/2020/01/", "", StringComparison.Ordinal);

    public string Link(string url) => url == "https://old.example/2020/01/hope/" ? "/articles/hope.md" : url;

    public bool IsMediaLink(string url) => url.Contains("/wp-content/uploads/", StringComparison.Ordinal) || url.Contains("attachment_id=", StringComparison.Ordinal);

    public string? ReusableBlock(long id) => id switch
    {
        7 => "<!-- wp:paragraph --><p>Call us: <strong>407 618 0212</strong></p><!-- /wp:paragraph -->",
        8 => "<!-- wp:block {\"ref\":8} /-->",
        _ => null,
    };

    public IReadOnlyList<GalleryImage> Gallery(IReadOnlyList<long>? ids) =>
        ids is null
            ? [new("https://old.example/wp-content/uploads/2020/01/a.jpg", "A"), new("https://old.example/wp-content/uploads/2020/01/b.jpg", "")]
            : [.. ids.Where(id => id < 100).Select(id => new GalleryImage($"https://old.example/wp-content/uploads/2020/01/{id}.jpg", $"Image {id}"))];
}
