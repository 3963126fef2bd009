using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Site;
using static TrustSite.Tests.TestSupport.IndexFactory;

namespace TrustSite.Tests.Markdown;

public class ContentImagesTests
{
    private static IReadOnlyList<ContentImage> Collect(string body, int bodyFirstLine = 1)
    {
        var document = new PublishedDocument(Doc("articles/hope.md", body, bodyFirstLine), "/articles/hope/");
        var options = new MarkdownOptions(Unsafe: true, Typographer: true);
        return ContentImages.Collect(Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Create(options)), document);
    }

    [Fact]
    public void Keeps_each_images_address_as_written_with_its_alt_text_and_file_position()
    {
        var images = Collect("Intro.\n\nSee ![Two *hands*](photo.jpg \"A title\").\n", bodyFirstLine: 11);

        var image = Assert.Single(images);
        Assert.Equal(new ContentImage("photo.jpg", "Two hands", new SourceLocation("content/articles/hope.md", 13, 5), IsRawHtml: false), image);
    }

    [Fact]
    public void Finds_an_img_tag_in_an_html_block_inside_a_list_item_at_its_column()
    {
        var images = Collect("- item\n\n  <p>text\n     <img src=\"a.png\" alt=\"A\"></p>\n");

        var image = Assert.Single(images);
        Assert.Equal(new ContentImage("a.png", "A", new SourceLocation("content/articles/hope.md", 4, 6), IsRawHtml: true), image);
    }

    [Fact]
    public void Tells_a_missing_alt_attribute_from_an_empty_one()
    {
        var images = Collect("<img src=\"a.png\"> and <img src=\"b.png\" alt=\"\">\n\n<div><img src=\"c.png\"></div>\n");

        Assert.Equal([("a.png", null), ("b.png", ""), ("c.png", null)], images.Select(i => (i.Source, i.Alt)));
        Assert.Equal([(1, 1), (1, 23), (3, 6)], images.Select(i => (i.Location.Line, i.Location.Column)));
    }
}
