using System.Text;
using TrustSite.Import.HtmlToMarkdown;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import.HtmlToMarkdown;

/// <summary>Runs the conversion spec: tests/fixtures/wordpress/html-to-markdown.spec holds each HTML input beside the Markdown it must give.</summary>
public class HtmlToMarkdownConverterTests
{
    private static string SpecPath => Path.Combine(RepoPaths.Fixtures, "wordpress", "html-to-markdown.spec");

    [Fact]
    public void Converts_every_case_of_the_spec()
    {
        var cases = SpecCase.ReadAll(File.ReadAllText(SpecPath));
        var converter = new HtmlToMarkdownConverter();

        var actual = new StringBuilder();
        foreach (var spec in cases)
        {
            var result = converter.Convert(spec.Html, new FakeLinks());
            actual.Append(SpecCase.Format(spec.Name, spec.Html, result));
        }

        Assert.True(cases.Count >= 40, "the spec lost its cases");
        GoldenFile.Verify(SpecPath, actual.ToString());
    }

    [Fact]
    public void Reports_what_needed_raw_html()
    {
        var result = new HtmlToMarkdownConverter().Convert("<p>a</p><table><tr><td colspan=\"2\">x</td></tr></table>", new FakeLinks());

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ConversionIssueKind.RawHtml, issue.Kind);
        Assert.Equal("<table> with merged cells", issue.Detail);
    }

    [Fact]
    public void Reports_unknown_shortcodes_and_keeps_them_as_text()
    {
        var result = new HtmlToMarkdownConverter().Convert("Write to us:\n\n[contact-form-7 id=\"12\" title=\"Contact\"]", new FakeLinks());

        Assert.Equal("Write to us:\n\n\\[contact-form-7 id=\"12\" title=\"Contact\"\\]\n", result.Markdown);
        Assert.Equal(new ConversionIssue(ConversionIssueKind.UnknownShortcode, "[contact-form-7]"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Never_loads_a_player_from_another_site()
    {
        var result = new HtmlToMarkdownConverter().Convert("<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\"></iframe>", new FakeLinks());

        Assert.Equal("<https://www.youtube.com/watch?v=abc123>\n", result.Markdown);
        Assert.DoesNotContain("iframe", result.Markdown, StringComparison.Ordinal);
    }
}
