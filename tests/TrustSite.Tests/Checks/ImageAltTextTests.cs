using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class ImageAltTextTests
{
    private const string Photo = "-- content/articles/hope/photo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>\n";

    private const string UnsafeConfig = """
        -- site.yml --
        title: Test site
        baseUrl: https://example.org/
        theme: plain
        newsletter:
          action: https://newsletter.example.org/subscribe
        markdown:
          unsafe: true
        """;

    [Fact]
    public void Warns_about_a_markdown_image_without_alt_text_at_its_bang()
    {
        using var site = new TempSite(Photo + """
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            A first paragraph.

            Before ![](photo.svg) and ![A sunrise](photo.svg).
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.ImageWithoutAlt));
        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 6, 8), warning.Location);
        Assert.Equal("the image photo.svg has no alt text", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Takes_only_spaces_for_no_alt_text()
    {
        using var site = new TempSite(Photo + "-- content/articles/hope/index.md --\n---\ntitle: Hope\n---\n![  ](photo.svg)\n");

        var result = site.Check();

        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 4, 1), Assert.Single(result.WithCode(DiagnosticCodes.ImageWithoutAlt)).Location);
    }

    [Fact]
    public void Warns_about_an_img_tag_without_alt_inside_a_quoted_html_block_at_its_column()
    {
        using var site = new TempSite(UnsafeConfig + "\n" + Photo + """
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            > <div>
            >   <img src="photo.svg">
            > </div>
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.ImageWithoutAlt));
        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 5, 5), warning.Location);
        Assert.Equal("the image photo.svg has no alt attribute", warning.Message);
    }

    [Fact]
    public void Warns_about_an_inline_img_tag_at_its_column()
    {
        using var site = new TempSite(UnsafeConfig + "\n" + Photo + """
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            Some text <img src="photo.svg"> in a line.
            """);

        var result = site.Check();

        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 4, 11), Assert.Single(result.WithCode(DiagnosticCodes.ImageWithoutAlt)).Location);
    }

    [Fact]
    public void Accepts_an_empty_alt_on_an_img_tag_as_decoration()
    {
        using var site = new TempSite(UnsafeConfig + "\n" + Photo + """
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            <p><img src="photo.svg" alt=""></p>
            """);

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Ignores_an_img_tag_shown_as_text_when_raw_html_is_off()
    {
        using var site = new TempSite(Photo + "-- content/articles/hope/index.md --\n---\ntitle: Hope\n---\n<img src=\"photo.svg\">\n");

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.ImageWithoutAlt));
    }

    [Fact]
    public void Finds_images_inside_a_shortcodes_markdown()
    {
        using var site = new TempSite(Photo + """
            -- themes/plain/shortcodes/note.html --
            <aside>{{ inner }}</aside>
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            {{< note >}}
            ![](photo.svg)
            {{< /note >}}
            """);

        var result = site.Check();

        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 5, 1), Assert.Single(result.WithCode(DiagnosticCodes.ImageWithoutAlt)).Location);
    }
}
