using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class CssScannerTests
{
    [Fact]
    public void Finds_imports_fonts_and_images_with_their_offsets()
    {
        const string Css = """
            @import "https://a.example/base.css";
            @import url(//b.example/more.css) screen;
            @font-face { font-family: X; src: url("https://fonts.example/x.woff2") format("woff2"); }
            body { background: URL( https://img.example/bg.png ); }
            """;

        var found = CssScanner.Scan(Css).Select(r => (Css.Substring(r.Offset, 4), r.Url, r.Kind, r.Via));

        Assert.Equal(
        [
            ("http", "https://a.example/base.css", ResourceKind.Style, CssScanner.ImportVia),
            ("//b.", "//b.example/more.css", ResourceKind.Style, CssScanner.ImportVia),
            ("http", "https://fonts.example/x.woff2", ResourceKind.Font, CssScanner.FontVia),
            ("http", "https://img.example/bg.png", ResourceKind.Image, CssScanner.UrlVia),
        ],
            found);
    }

    [Fact]
    public void Ignores_comments_format_strings_and_functions_that_only_end_in_url()
    {
        const string Css = "/* url(https://a.example/x.png) */ a { content: \"url(https://b.example/)\"; --my-url(x): 1; } @font-face { src: local(X) format(\"woff\"); }";

        Assert.Empty(CssScanner.Scan(Css));
    }

    [Fact]
    public void Finds_the_strings_of_an_image_set_and_only_inside_it()
    {
        const string Css = "a { background-image: image-set(\"https://a.example/1x.png\" 1x, url(https://a.example/2x.png) 2x); content: \"https://b.example/\"; }";

        var found = CssScanner.Scan(Css).Select(r => (r.Url, r.Via));

        Assert.Equal([("https://a.example/1x.png", CssScanner.ImageSetVia), ("https://a.example/2x.png", CssScanner.UrlVia)], found);
    }

    [Fact]
    public void Leaves_a_font_face_block_at_its_closing_brace()
    {
        const string Css = "@font-face { src: url(a.woff2); } .x { background: url(b.png); }";

        Assert.Equal([ResourceKind.Font, ResourceKind.Image], CssScanner.Scan(Css).Select(r => r.Kind));
    }
}
