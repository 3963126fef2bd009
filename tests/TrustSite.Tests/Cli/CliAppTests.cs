using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class CliAppTests
{
    [Fact]
    public void Builds_a_site_and_prints_a_summary()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            ---
            -- content/articles/draft.md --
            ---
            title: Draft
            draft: true
            ---
            """);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "build");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Built 3 pages (1 home page, 1 page, 1 404 page) and copied 0 files into public/ in ", stdout);
        Assert.Contains("Left out: 1 draft (use --drafts or --future to include them).", stdout);
        Assert.Contains("Time by stage: config ", stdout);
        Assert.True(site.OutputExists("about/index.html"));
    }

    [Fact]
    public void Takes_source_output_and_base_url_from_the_command_line()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n[home](/)\n");
        var elsewhere = Directory.CreateTempSubdirectory().FullName;

        var (code, _, _) = CliRunner.Run(elsewhere, "build", "--source", site.Root, "--output", Path.Combine(elsewhere, "out"), "--base-url", "https://example.org/sub");

        Assert.Equal(0, code);
        Assert.Contains("href=\"/sub/\"", File.ReadAllText(Path.Combine(elsewhere, "out", "about", "index.html")));
    }

    [Fact]
    public void Includes_drafts_and_future_articles_when_asked()
    {
        using var site = new TempSite("""
            -- content/articles/draft.md --
            ---
            title: Draft
            draft: true
            ---
            -- content/articles/later.md --
            ---
            title: Later
            date: 2099-01-01
            ---
            """);

        var (code, _, _) = CliRunner.Run(site.Root, "build", "--drafts", "--future");

        Assert.Equal(0, code);
        Assert.True(site.OutputExists("articles/draft/index.html"));
        Assert.True(site.OutputExists("articles/later/index.html"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Prints_help(string argument)
    {
        var (code, stdout, _) = CliRunner.Run(Path.GetTempPath(), argument);

        Assert.Equal(0, code);
        Assert.Contains("Usage: trustsite <command>", stdout);
    }

    [Fact]
    public void Prints_the_build_commands_help()
    {
        var (code, stdout, _) = CliRunner.Run(Path.GetTempPath(), "build", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--base-url URL", stdout);
    }

    [Fact]
    public void Prints_the_version()
    {
        var (code, stdout, _) = CliRunner.Run(Path.GetTempPath(), "--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^TrustSite \d+\.\d+\.\d+\n$", stdout);
    }

    [Theory]
    [InlineData("biuld", "unknown command 'biuld'; did you mean 'build'?")]
    [InlineData("build --ouput x", "unknown option --ouput; did you mean --output?")]
    [InlineData("build extra", "build takes no arguments")]
    [InlineData("build --base-url ftp://x", "--base-url must be an http(s) address")]
    [InlineData("build --output", "--source and --output need a folder")]
    [InlineData("build --drafts --drafts", "--drafts is given twice")]
    public void Exits_2_on_a_bad_command_line_with_a_clear_message(string arguments, string message)
    {
        var (code, stdout, stderr) = CliRunner.Run(Path.GetTempPath(), arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Exits_2_with_no_command()
    {
        Assert.Equal(2, CliRunner.Run(Path.GetTempPath()).ExitCode);
    }

    [Fact]
    public void Reports_a_missing_site_yml_as_a_site_error()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var (code, _, stderr) = CliRunner.Run(empty, "build");

        Assert.Equal(1, code);
        Assert.StartsWith("site.yml:1:1: error TS1001: no site.yml in ", stderr);
        Assert.False(Directory.Exists(Path.Combine(empty, "public")));
    }

    [Theory]
    [InlineData("content")]
    [InlineData(".")]
    public void Refuses_an_output_folder_that_holds_sources_and_touches_nothing(string output)
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n");
        var before = site.Snapshot(site.Root);

        var (code, _, stderr) = CliRunner.Run(site.Root, "build", "--output", output);

        Assert.Equal(1, code);
        Assert.Contains("error TS5001: refusing to publish into", stderr);
        Assert.Equal(before, site.Snapshot(site.Root));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Reports_an_output_folder_that_cannot_be_written_and_keeps_the_old_site()
    {
        if (Environment.UserName == "root")
        {
            // Root ignores folder permissions; a full disk is the write failure it meets.
            Reports_a_disk_that_fills_up_mid_build_and_keeps_the_old_site();
            return;
        }
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n");
        var parent = Path.Combine(site.Root, "locked");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (code, _, stderr) = CliRunner.Run(site.Root, "build", "--output", "locked/public");

        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Equal(1, code);
        Assert.Contains("error TS5002", stderr);
    }

    /// <summary>A 512 KiB file system holds the first, small site; the second build, with a 1 MB article, fills it mid-write.</summary>
    private static void Reports_a_disk_that_fills_up_mid_build_and_keeps_the_old_site()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\nA small page.\n");
        var disk = Path.Combine(site.Root, "disk");
        Directory.CreateDirectory(disk);
        Mount("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk);
        try
        {
            Assert.Equal(0, CliRunner.Run(site.Root, "build", "--output", "disk/public").ExitCode);
            var before = site.Snapshot(Path.Combine(disk, "public"));
            site.Write("content/articles/long.md", "---\ntitle: Long\n---\n" + string.Concat(Enumerable.Repeat("A line of a long article.\n\n", 40_000)));

            var (code, stdout, stderr) = CliRunner.Run(site.Root, "build", "--output", "disk/public");

            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.StartsWith("disk/public: error TS5002: cannot write the site: the disk is full (no space left on the device)\n", stderr.ReplaceLineEndings("\n"));
            Assert.DoesNotContain("   at ", stderr);
            Assert.Equal(before, site.Snapshot(Path.Combine(disk, "public")));
            Assert.Equal(["public"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));
        }
        finally
        {
            Mount("umount", disk);
        }
    }

    private static void Mount(string command, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
