using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class CheckCommandTests
{
    private const string Clean = """
        -- content/articles/hope.md --
        ---
        title: Hope
        date: 2024-05-01
        tags: [grief]
        ---
        ## A section
        """;

    [Fact]
    public void Finds_no_problems_in_a_clean_site_exits_0_and_writes_nothing()
    {
        using var site = new TempSite(Clean);
        var before = site.Snapshot(site.Root);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check");

        Assert.Equal(0, code);
        Assert.Equal("0 errors, 0 warnings\n", stderr);
        Assert.Equal("No problems found in 7 pages.\n", stdout);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(before, site.Snapshot(site.Root));
    }

    [Fact]
    public void Prints_warnings_as_the_build_does_with_line_column_caret_and_hint_and_exits_0()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            tag: [grief]
            ---
            ## One

            #### Two
            """);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check");

        Assert.Equal(0, code);
        Assert.Equal("""
            content/articles/hope.md:3:1: warning TS8001: unknown front matter key 'tag'
             3 | tag: [grief]
               | ^
              hint: did you mean 'tags'? A value of your own for the theme can go under 'params:', where keys are not checked
            content/articles/hope.md:7:1: warning TS8008: the heading "Two" skips a level: h4 after h2
             7 | #### Two
               | ^
              hint: use ### (h3) here; readers who navigate by headings would think a section is missing
            0 errors, 2 warnings

            """, stderr);
        Assert.Equal("No errors in 5 pages; 2 warnings worth a look.\n", stdout);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Counts_warnings_as_errors_with_strict()
    {
        using var site = new TempSite("-- content/articles/hope.md --\n---\ntitle: Hope\n---\n# Second title\n");

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check", "--strict");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("content/articles/hope.md:4:1: error TS8009: ", stderr);
        Assert.EndsWith("1 error, 0 warnings\nCheck failed: with --strict, warnings count as errors, and a build would publish nothing.\n", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Exits_1_on_errors_with_the_same_report_as_the_build()
    {
        using var site = new TempSite("-- content/articles/hope.md --\n---\ntitle: Hope\ndate: 2024-02-30\n---\n");

        var check = CliRunner.Run(site.Root, "check");
        var build = CliRunner.Run(site.Root, "build");

        Assert.Equal(1, check.ExitCode);
        Assert.EndsWith("1 error, 0 warnings\nCheck failed: a build would stop on these errors and publish nothing.\n", check.Stderr);
        var diagnostics = build.Stderr[..build.Stderr.IndexOf("1 error", StringComparison.Ordinal)];
        Assert.StartsWith("content/articles/hope.md:3:7: error TS2004: ", diagnostics);
        Assert.StartsWith(diagnostics, check.Stderr);
    }

    [Fact]
    public void Finds_what_only_rendering_reveals_a_template_error_with_the_build_s_report_and_writes_nothing()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/page.html --
            ---
            layout: base
            ---
            <h1>{{ page.title }}</h1>
            <p>{{ page.params.photo.url }}</p>
            -- content/about.md --
            ---
            title: About
            photo: ~
            ---
            """);

        var check = CliRunner.Run(site.Root, "check");
        Assert.False(Directory.Exists(site.Output));
        var build = CliRunner.Run(site.Root, "build");

        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("themes/plain/layouts/page.html:5:25: error TS4003: object `page.params.photo` is null.", check.Stderr);
        Assert.EndsWith("Check failed: a build would stop on these errors and publish nothing.\n", check.Stderr);
        Assert.Equal(1, build.ExitCode);
        var diagnostics = build.Stderr[..build.Stderr.IndexOf("1 error", StringComparison.Ordinal)];
        Assert.StartsWith(diagnostics, check.Stderr);
    }

    [Fact]
    public void Leaves_an_existing_output_folder_exactly_as_it_was()
    {
        using var site = new TempSite("-- content/articles/hope.md --\n---\ntitle: Hope\n---\n#### Too deep\n");
        site.Write("public/.trustsite-output", "");
        site.Write("public/index.html", "<p>the previous site</p>");
        var before = site.Snapshot();

        var (code, _, _) = CliRunner.Run(site.Root, "check", "--strict");

        Assert.Equal(1, code);
        Assert.Equal(before, site.Snapshot());
        Assert.Equal(["public"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Where(n => n!.StartsWith("public", StringComparison.Ordinal)));
    }

    [Fact]
    public void Checks_drafts_and_future_articles_when_asked()
    {
        using var site = new TempSite("""
            -- content/articles/draft.md --
            ---
            title: Draft
            draft: true
            ---
            # Second title
            -- content/articles/later.md --
            ---
            title: Later
            date: 2099-01-01
            ---
            # Second title
            """);

        var plain = CliRunner.Run(site.Root, "check", "--strict");
        var all = CliRunner.Run(site.Root, "check", "--strict", "--drafts", "--future");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(1, all.ExitCode);
        Assert.Contains("content/articles/draft.md:5:1: error TS8009", all.Stderr);
        Assert.Contains("content/articles/later.md:5:1: error TS8009", all.Stderr);
    }

    [Fact]
    public void Checks_another_folder_with_source_and_another_environment()
    {
        using var site = new TempSite(Clean);
        var elsewhere = Directory.CreateTempSubdirectory().FullName;

        var (code, stdout, _) = CliRunner.Run(elsewhere, "check", "--source", site.Root, "--environment", "development");

        Assert.Equal(0, code);
        Assert.StartsWith("No problems found", stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Theory]
    [InlineData("check --output out", "--output is for the privacy audit: trustsite check --privacy --output DIR")]
    [InlineData("check --privacy --ouput out", "unknown option --ouput; did you mean --output?")]
    [InlineData("check --strct", "unknown option --strct; did you mean --strict?")]
    [InlineData("check site", "check takes no arguments, got 'site'")]
    [InlineData("check --environment Prod", "--environment must be a name such as production or development, got 'Prod'")]
    [InlineData("chek", "unknown command 'chek'; did you mean 'check'?")]
    public void Refuses_a_bad_command_line_with_exit_2(string arguments, string message)
    {
        using var site = new TempSite(Clean);

        var (code, _, stderr) = CliRunner.Run(site.Root, arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.StartsWith($"trustsite: {message}", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("help", "check")]
    [InlineData("check", "--help")]
    public void Prints_its_help(string first, string second)
    {
        var (code, stdout, _) = CliRunner.Run(Path.GetTempPath(), first, second);

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: trustsite check [options]", stdout);
        Assert.Contains("--strict", stdout);
    }
}
