using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Content;

public class FrontMatterParserTests
{
    private static (FrontMatter? FrontMatter, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new FrontMatterParser(TimeZoneInfo.Utc).Parse(yaml, "content/a.md", 2, bag), bag);
    }

    [Fact]
    public void Reads_every_known_key()
    {
        var (fm, bag) = Parse("""
            title: Hope
            date: 2024-05-01
            lastmod: 2024-06-01
            publishDate: 2024-05-02
            expiryDate: 2030-01-01
            draft: true
            slug: hope-again
            aliases: [/2021/03/hope/]
            summary: S
            description: D
            tags: [grief, hope]
            categories: Healing
            series: Healing journey
            author: Ana
            image: hope.jpg
            weight: 3
            layout: article
            mood: calm
            """);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal("Hope", fm!.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), fm.Date);
        Assert.True(fm.Draft);
        Assert.Equal("hope-again", fm.Slug);
        Assert.Equal(["/2021/03/hope/"], fm.Aliases.ToArray());
        Assert.Equal(["grief", "hope"], fm.Tags.ToArray());
        Assert.Equal(["Healing"], fm.Categories.ToArray());
        Assert.Equal(["Healing journey"], fm.Series.ToArray());
        Assert.Equal(3, fm.Weight);
        Assert.Equal("calm", fm.Params["mood"]);
        Assert.False(fm.Params.ContainsKey("title"));
    }

    [Fact]
    public void Points_errors_at_the_right_file_line_after_a_ten_line_front_matter()
    {
        var yaml = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"key{i}: value")) + "\ndate: yesterday\n";

        var (fm, bag) = Parse(yaml);

        Assert.Null(fm);
        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.InvalidDate, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/a.md", 11, 7), diagnostic.Location);
        Assert.Equal(DateParser.Hint, diagnostic.Hint);
    }

    [Fact]
    public void Errors_on_an_impossible_date_saying_why()
    {
        var (_, bag) = Parse("date: 2024-02-30\n");

        Assert.Contains("February 2024 has no day 30", bag.Single().Message);
    }

    [Theory]
    [InlineData("slug: ../../etc")]
    [InlineData("url: /a/../../b/")]
    [InlineData("url: \"C:/Windows/\"")]
    [InlineData("url: \"/a\\\\b/\"")]
    [InlineData("url: /search?q=x")]
    [InlineData("url: /con/")]
    [InlineData("aliases: [/old/../../x/]")]
    [InlineData("slug: a/b")]
    public void Refuses_unsafe_addresses(string line)
    {
        var (fm, bag) = Parse(line + "\n");

        Assert.Null(fm);
        Assert.Equal(DiagnosticCodes.UnsafePath, bag.Single().Code);
    }

    [Theory]
    [InlineData("image: \"javascript:alert(1)\"")]
    [InlineData("image: \"data:image/png;base64,AAAA\"")]
    public void Refuses_script_urls_in_images(string line)
    {
        var (_, bag) = Parse(line + "\n");

        Assert.Equal(DiagnosticCodes.FrontMatterInvalidValue, bag.Single().Code);
    }

    [Fact]
    public void Reads_jekyll_keys_as_their_equivalents()
    {
        var (fm, _) = Parse("published: false\npermalink: /old/path/\nexcerpt: Short\n");

        Assert.True(fm!.Draft);
        Assert.Equal("/old/path/", fm.Url);
        Assert.Equal("Short", fm.Summary);
    }

    [Fact]
    public void Returns_empty_front_matter_for_an_empty_block()
    {
        var (fm, bag) = Parse("");

        Assert.Same(FrontMatter.Empty, fm);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Errors_when_front_matter_is_a_list()
    {
        var (_, bag) = Parse("- a\n- b\n");

        Assert.Equal(DiagnosticCodes.FrontMatterType, bag.Single().Code);
    }

    [Fact]
    public void Reads_keys_under_params_as_the_themes_values_over_top_level_ones()
    {
        var (fm, bag) = Parse("""
            title: Hope
            mood: calm
            params:
              mood: hopeful
              height: 3
            """);

        Assert.False(bag.HasErrors);
        Assert.Equal("hopeful", fm!.Params["mood"]);
        Assert.Equal(3L, fm.Params["height"]);
        Assert.False(fm.Params.ContainsKey("params"));
    }

    [Fact]
    public void Records_where_each_unknown_top_level_key_is_written()
    {
        var (fm, _) = Parse("title: Hope\nmood: calm\nparams:\n  height: 3\n");

        Assert.Equal([new KeyValuePair<string, SourceLocation>("mood", new SourceLocation("content/a.md", 3, 1))], fm!.CustomKeys);
    }

    [Fact]
    public void Errors_when_params_is_not_a_mapping()
    {
        var (fm, bag) = Parse("title: Hope\nparams: calm\n");

        Assert.Null(fm);
        Assert.Equal(new SourceLocation("content/a.md", 3, 9), bag.Single().Location);
    }

    [Fact]
    public void Keeps_ten_thousand_tags()
    {
        var (fm, _) = Parse("tags: [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"t{i}")) + "]\n");

        Assert.Equal(10_000, fm!.Tags.Length);
    }

    [Fact]
    public void An_empty_summary_counts_as_none_so_lists_use_the_first_words()
    {
        var (fm, bag) = Parse("summary: \"\"\nexcerpt: \"  \"\n");

        Assert.False(bag.HasErrors);
        Assert.Null(fm!.Summary);
    }
}
