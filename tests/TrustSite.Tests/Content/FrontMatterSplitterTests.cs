using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Content;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_from_the_body_with_their_first_lines()
    {
        var block = FrontMatterSplitter.Split("---\ntitle: A\ndate: 2024-01-01\n---\n\nBody\n", "a.md", new DiagnosticBag());

        Assert.Equal("title: A\ndate: 2024-01-01\n", block!.Yaml);
        Assert.Equal(2, block.YamlFirstLine);
        Assert.Equal("\nBody\n", block.Body);
        Assert.Equal(5, block.BodyFirstLine);
    }

    [Fact]
    public void Reads_a_file_without_front_matter_as_all_body()
    {
        var block = FrontMatterSplitter.Split("# Title\n\nText\n", "a.md", new DiagnosticBag());

        Assert.Null(block!.Yaml);
        Assert.Equal(1, block.BodyFirstLine);
    }

    [Fact]
    public void Accepts_a_closing_line_of_three_dots_and_trailing_spaces()
    {
        var block = FrontMatterSplitter.Split("---  \ntitle: A\n...\nBody", "a.md", new DiagnosticBag());

        Assert.Equal("Body", block!.Body);
    }

    [Fact]
    public void Errors_on_unclosed_front_matter()
    {
        var bag = new DiagnosticBag();

        var block = FrontMatterSplitter.Split("---\ntitle: A\n\nBody without end\n", "content/a.md", bag);

        Assert.Null(block);
        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.FrontMatterNotClosed, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/a.md", 1, 1), diagnostic.Location);
    }

    [Theory]
    [InlineData("+++\ntitle = \"A\"\n+++\n")]
    [InlineData("{\n\"title\": \"A\"\n}\n")]
    public void Says_clearly_that_toml_and_json_front_matter_are_not_supported(string text)
    {
        var bag = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Split(text, "a.md", bag));
        Assert.Equal(DiagnosticCodes.UnsupportedFrontMatter, bag.Single().Code);
    }

    [Fact]
    public void Does_not_mistake_a_template_tag_for_json()
    {
        var block = FrontMatterSplitter.Split("{{ if x }}y{{ end }}", "t.html", new DiagnosticBag());

        Assert.NotNull(block);
        Assert.Null(block.Yaml);
    }
}
