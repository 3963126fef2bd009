using TrustSite.Minify;

namespace TrustSite.Tests.Minify;

public class MinifierTests
{
    [Fact]
    public void Css_loses_comments_and_spaces_but_keeps_strings_and_meaningful_spaces()
    {
        const string css = "/* theme */\nbody {\n  font: 1rem/1.5 \"Helvetica Neue\", Arial;\n  margin: 0 auto;\n}\n.a :hover > b { width: calc(100% - 2rem); }\n.p::after { content: \" (\" attr(href) \")\"; }\n";

        var minified = CssMinifier.Minify(css);

        Assert.Equal("body{font: 1rem/1.5 \"Helvetica Neue\",Arial;margin: 0 auto}.a :hover > b{width: calc(100% - 2rem)}.p::after{content: \" (\" attr(href) \")\"}", minified);
    }

    [Fact]
    public void Html_keeps_text_against_tags_without_adding_space()
    {
        Assert.Equal("<p>a<b>b</b>c <i>d</i></p>", HtmlMinifier.Minify("<p>a<b>b</b>c <i>d</i></p>"));
    }

    [Fact]
    public void Html_loses_indentation_blank_lines_and_comments_but_never_inside_pre_or_textarea()
    {
        const string html = "<div>\n    <!-- a note -->\n    <p>One\n       two</p>\n\n    <pre>  keep\n     this  </pre>\n  <textarea>\n  as is </textarea>\n</div>\n";

        var minified = HtmlMinifier.Minify(html);

        Assert.Equal("<div>\n<p>One\ntwo</p>\n<pre>  keep\n     this  </pre>\n<textarea>\n  as is </textarea>\n</div>\n", minified);
    }
}
