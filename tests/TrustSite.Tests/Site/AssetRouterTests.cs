using TrustSite.Content;
using TrustSite.Site;

namespace TrustSite.Tests.Site;

public class AssetRouterTests
{
    private static SourceFile File(string contentPath) => new("/c/" + contentPath, "content/" + contentPath, contentPath);

    private static Document Bundle(string folder, string slug) =>
        new(File(folder + "index.md"), DocumentKind.Article, "en", folder, "articles", slug, "", folder, "T", null, FrontMatter.Empty, ReadOnlyMemory<byte>.Empty, 1);

    [Fact]
    public void Publishes_bundle_files_beside_their_page_even_when_the_slug_changes()
    {
        var page = new PublishedDocument(Bundle("articles/hope/", "new-hope"), "/articles/new-hope/");

        var routed = AssetRouter.Route([File("articles/hope/photo.jpg"), File("articles/hope/img/a.png"), File("downloads/guide.pdf")], [page], []);

        Assert.Equal(["/articles/new-hope/photo.jpg", "/articles/new-hope/img/a.png", "/downloads/guide.pdf"], routed.Select(a => a.Url));
    }

    [Fact]
    public void Keeps_a_drafts_images_unpublished()
    {
        var draft = new ExcludedDocument(Bundle("articles/secret/", "secret"), ExclusionReason.Draft);

        var routed = AssetRouter.Route([File("articles/secret/photo.jpg")], [], [draft]);

        Assert.Empty(routed);
    }
}
