using System.Text.RegularExpressions;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void Prints_the_path_it_wrote_relative_to_the_site()
    {
        using var site = new TempSite("");
        var elsewhere = Directory.CreateTempSubdirectory().FullName;

        var (code, stdout, stderr) = CliRunner.Run(elsewhere, "new", "article", "Perdón y confianza", "--source", site.Root);

        Assert.Equal((0, ""), (code, stderr));
        Assert.Equal("content/articles/perdon-y-confianza.md\n", stdout.ReplaceLineEndings("\n"));
        var text = File.ReadAllText(Path.Combine(site.Root, "content/articles/perdon-y-confianza.md"));
        Assert.Matches(new Regex(@"\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\n"), text);
    }

    [Fact]
    public void Takes_words_without_quotes_as_one_title()
    {
        using var site = new TempSite("");

        var (code, stdout, _) = CliRunner.Run(site.Root, "new", "page", "Our", "approach");

        Assert.Equal((0, "content/our-approach.md"), (code, stdout.Trim()));
        Assert.Contains("title: \"Our approach\"", File.ReadAllText(Path.Combine(site.Root, "content/our-approach.md")));
    }

    [Fact]
    public void Exits_1_with_a_clear_message_and_leaves_an_existing_file_as_it_was()
    {
        using var site = new TempSite("-- content/articles/hope.md --\nmine");

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "new", "article", "Hope");

        Assert.Equal((1, ""), (code, stdout));
        Assert.StartsWith("content/articles/hope.md: error TS9001: this file already exists; it was left as it is\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(site.Root, "content/articles/hope.md")));
    }

    [Fact]
    public void Without_site_yml_exits_1_and_says_how_to_create_a_site_without_a_stack_trace()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var (code, _, stderr) = CliRunner.Run(empty, "new", "article", "Hope");

        Assert.Equal(1, code);
        Assert.Contains("error TS1001: no site.yml in", stderr);
        Assert.Contains("trustsite new site DIR", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData(new[] { "new" }, "new needs what to create")]
    [InlineData(new[] { "new", "article" }, "new article needs a title")]
    [InlineData(new[] { "new", "artcle", "Hope" }, "did you mean 'article'?")]
    [InlineData(new[] { "new", "article", "Hope", "--sectoin", "articles" }, "unknown option --sectoin; did you mean --section?")]
    [InlineData(new[] { "new", "page", "Hope", "--section", "articles" }, "a page has no section")]
    [InlineData(new[] { "new", "site" }, "new site needs a folder")]
    [InlineData(new[] { "neww", "site", "x" }, "did you mean 'new'?")]
    public void A_bad_command_line_exits_2_with_one_line_that_says_what_to_do(string[] args, string expected)
    {
        using var site = new TempSite("");

        var (code, _, stderr) = CliRunner.Run(site.Root, args);

        Assert.Equal(2, code);
        Assert.Contains(expected, stderr.Split('\n')[0]);
    }

    [Fact]
    public void New_site_creates_a_site_that_builds_and_that_strict_ci_refuses_until_its_placeholders_are_filled()
    {
        var parent = Directory.CreateTempSubdirectory().FullName;

        var (created, createdOut, _) = CliRunner.Run(parent, "new", "site", "ministry");
        var (built, _, buildErr) = CliRunner.Run(Path.Combine(parent, "ministry"), "build");
        var (strict, _, strictErr) = CliRunner.Run(Path.Combine(parent, "ministry"), "build", "--strict");

        Assert.Equal(0, created);
        Assert.StartsWith("Created a new site in ministry", createdOut);
        Assert.Equal(0, built);
        Assert.True(File.Exists(Path.Combine(parent, "ministry", "public", "index.html")));
        // Every warning of the starter is a placeholder to fill in, and nothing else.
        var warnings = buildErr.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Matches(@"^site\.yml:\d+:\d+: warning TS1020: '\w+' is still a placeholder", w));
        Assert.Equal(1, strict);
        Assert.Contains("error TS1020:", strictErr);
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty()
    {
        using var site = new TempSite("");

        var (code, _, stderr) = CliRunner.Run(site.Root, "new", "site", ".");

        Assert.Equal(1, code);
        Assert.Contains("error TS9007: this folder is not empty", stderr);
    }

    [Fact]
    public void Help_new_explains_the_three_kinds()
    {
        var (code, stdout, _) = CliRunner.Run(Directory.GetCurrentDirectory(), "help", "new");
        var (mainCode, main, _) = CliRunner.Run(Directory.GetCurrentDirectory(), "--help");

        Assert.Equal((0, 0), (code, mainCode));
        Assert.Contains("trustsite new article \"Title\" [--lang CODE] [--section NAME] [--source DIR]", stdout);
        Assert.Contains("trustsite new site DIR", stdout);
        Assert.Contains("  new       ", main);
    }
}
