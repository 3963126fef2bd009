using System.Text;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

/// <summary>Input too large or too deep to keep as a fixture file, generated here: it builds, or it is refused at its line.</summary>
public class OversizedInputTests
{
    private static string Expected(string name) => Path.Combine(RepoPaths.Fixtures, "invalid", "generated", name + ".expected");

    [Fact]
    public void Builds_an_article_of_ten_megabytes()
    {
        using var site = new TempSite("");
        var body = new StringBuilder("---\ntitle: A long one\n---\n");
        for (var i = 0; body.Length < 10 * 1024 * 1024; i++)
        {
            body.Append("Paragraph ").Append(i).Append(" says the same calm things again, so that the file grows to ten megabytes.\n\n");
        }
        body.Append("The last paragraph.\n");
        site.Write("content/articles/long.md", body.ToString());

        var stderr = AcceptedInputTests.Build(site);

        Assert.Equal("", stderr);
        var page = site.ReadOutput("articles/long/index.html");
        Assert.Contains("<p>Paragraph 0 says the same calm things again", page);
        Assert.EndsWith("<p>The last paragraph.</p>\n\n</main></body></html>\n", page);
    }

    [Fact]
    public void Builds_a_line_of_one_megabyte()
    {
        using var site = new TempSite("");
        site.Write("content/articles/wide.md", "---\ntitle: Wide\n---\n" + string.Concat(Enumerable.Repeat("word ", 200_000)) + "end\n");

        var stderr = AcceptedInputTests.Build(site);

        Assert.Equal("", stderr);
        Assert.Contains("word word word", site.ReadOutput("articles/wide/index.html"));
    }

    [Fact]
    public void Builds_ten_thousand_tags_on_one_article_with_a_page_each()
    {
        using var site = new TempSite("");
        var tags = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"tag{i}"));
        site.Write("content/articles/tagged.md", $"---\ntitle: Tagged\ntags: [{tags}]\n---\nText.\n");

        var stderr = AcceptedInputTests.Build(site);

        Assert.Equal("", stderr);
        Assert.Contains("href=\"/articles/tagged/\"", site.ReadOutput("tags/tag9999/index.html"));
        Assert.Equal(10_000, Directory.GetDirectories(Path.Combine(site.Output, "tags")).Length);
    }

    [Fact]
    public void Refuses_ten_thousand_nested_lists_at_the_first_line_too_deep()
    {
        using var site = new TempSite("");
        // "- - x" is a list in a list; the indented form (100 MB for 10,000 levels) is covered by MarkdownRendererTests.
        site.Write("content/articles/deep.md", "---\ntitle: Deep\n---\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "the bottom\n");

        var stderr = FailingBuild.Run(site, "build");

        GoldenFile.Verify(Expected("nested-lists"), stderr);
    }

    [Fact]
    public void Refuses_ten_thousand_nested_quotes_at_the_first_line_too_deep()
    {
        using var site = new TempSite("");
        site.Write("content/articles/deep.md", "---\ntitle: Deep\n---\n" + new string('>', 10_000) + " the bottom\n");

        var stderr = FailingBuild.Run(site, "build");

        GoldenFile.Verify(Expected("nested-quotes"), stderr);
    }

    [Theory]
    [InlineData("flow", "[", "]")]
    [InlineData("mapping", "{a: ", "}")]
    public void Refuses_front_matter_nested_a_hundred_thousand_levels_deep(string name, string open, string close)
    {
        using var site = new TempSite("");
        var value = string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        site.Write("content/articles/deep.md", $"---\ntitle: Deep\nextra: {value}\n---\n");

        var stderr = FailingBuild.Run(site, "build");

        GoldenFile.Verify(Expected("nested-front-matter-" + name), stderr);
    }
}
