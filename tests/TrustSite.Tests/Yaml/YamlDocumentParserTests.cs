using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Tests.Yaml;

public class YamlDocumentParserTests
{
    private static (YamlNode? Node, DiagnosticBag Bag) Parse(string text, int firstLine = 2)
    {
        var bag = new DiagnosticBag();
        var node = YamlDocumentParser.Parse(text, new YamlSource("content/a.md", firstLine), DiagnosticCodes.FrontMatterSyntax, bag, out _);
        return (node, bag);
    }

    [Fact]
    public void Positions_are_file_positions_past_the_front_matter_offset()
    {
        var source = new YamlSource("content/a.md", 2);

        var (node, _) = Parse("title: a\ntags: [x]\n");
        var tags = ((YamlMappingNode)node!).Children[new YamlScalarNode("tags")];

        Assert.Equal(new SourceLocation("content/a.md", 3, 7), source.LocationOf(tags));
    }

    [Fact]
    public void Errors_on_a_duplicate_key_at_the_second_one()
    {
        var (_, bag) = Parse("title: a\ndate: 2024-01-01\ntitle: b\n");

        var diagnostic = bag.Single();
        Assert.Equal("the key 'title' appears twice", diagnostic.Message);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Equal(1, diagnostic.Location.Column);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Errors_on_nesting_too_deep_instead_of_overflowing_the_stack(string open, string close)
    {
        var text = "title: a\nextra:\n  " + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";

        var (node, bag) = Parse(text);

        Assert.Null(node);
        var diagnostic = bag.Single();
        Assert.Equal("the values here are nested more than 64 levels deep", diagnostic.Message);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void Errors_on_an_alias_inside_the_value_it_names()
    {
        var (node, bag) = Parse("title: a\nextra: &loop [1, *loop]\n");

        Assert.Null(node);
        var diagnostic = bag.Single();
        Assert.Equal("the alias '*loop' is inside the value that '&loop' names, so it would repeat itself without end", diagnostic.Message);
        Assert.Equal(new SourceLocation("content/a.md", 3, 18), diagnostic.Location);
    }

    [Fact]
    public void Errors_on_aliases_that_multiply_into_a_billion_values()
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        lines.AddRange(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]"));

        var (node, bag) = Parse(string.Join('\n', lines) + "\n");

        Assert.Null(node);
        Assert.Equal("the aliases here repeat more than 10,000 values", bag.Single().Message);
    }

    [Fact]
    public void Accepts_an_alias_that_repeats_a_small_value()
    {
        var (node, bag) = Parse("base: &base {name: Ana}\nauthor: *base\n");

        Assert.False(bag.HasErrors);
        Assert.Equal(2, ((YamlMappingNode)node!).Children.Count);
    }

    [Fact]
    public void Accepts_sixty_four_levels()
    {
        var (node, bag) = Parse("extra: " + new string('[', 63) + "x" + new string(']', 63) + "\n");

        Assert.False(bag.HasErrors);
        Assert.NotNull(node);
    }

    [Fact]
    public void Errors_on_a_tab_and_points_at_the_tab()
    {
        var (_, bag) = Parse("title: a\nparams:\n\tcolor: red\n");

        var diagnostic = bag.Single();
        Assert.Contains("tab", diagnostic.Message);
        Assert.Equal(new SourceLocation("content/a.md", 4, 1), diagnostic.Location);
    }

    [Fact]
    public void Errors_on_an_unclosed_quote_where_it_opens()
    {
        var (_, bag) = Parse("title: \"Rebuilding trust\nsummary: x\n");

        var diagnostic = bag.Single();
        Assert.Equal("a quoted value is not closed", diagnostic.Message);
        Assert.Equal(new SourceLocation("content/a.md", 2, 8), diagnostic.Location);
    }

    [Fact]
    public void Errors_on_a_bad_indent()
    {
        var (_, bag) = Parse("title: a\n  summary: b\n");

        var diagnostic = bag.Single();
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("indented", diagnostic.Message);
    }

    [Fact]
    public void Errors_on_an_unclosed_list()
    {
        var (_, bag) = Parse("tags: [grief, hope\ntitle: a\n");

        Assert.Contains("not closed", bag.Single().Message);
    }

    [Fact]
    public void Returns_null_without_error_for_an_empty_document()
    {
        var (node, bag) = Parse("");

        Assert.Null(node);
        Assert.Empty(bag.ToSortedArray());
    }
}
