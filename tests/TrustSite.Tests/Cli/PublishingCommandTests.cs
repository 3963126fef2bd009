using System.Diagnostics;
using System.Text.Json;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class PublishingCommandTests
{
    [Fact]
    public void Strict_turns_a_warning_into_an_error_and_exit_1()
    {
        using var site = new TempSite("-- content/articles/untitled.md --\nNo title here.\n");

        var (code, _, stderr) = CliRunner.Run(site.Root, "build", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("error TS2007: no 'title' in the front matter", stderr);
        Assert.Contains("with --strict, warnings count as errors", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Report_writes_pages_diagnostics_what_was_left_out_and_stage_times_as_json()
    {
        using var site = new TempSite("-- content/articles/a.md --\n---\ntitle: A\n---\n-- content/articles/d.md --\n---\ntitle: D\ndraft: true\n---\n-- content/articles/untitled.md --\nText\n");

        var (code, _, _) = CliRunner.Run(site.Root, "build", "--report", "build.json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "build.json")));
        var root = json.RootElement;
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal("production", root.GetProperty("environment").GetString());
        Assert.Equal(2, root.GetProperty("pages").GetProperty("article").GetInt32());
        var leftOut = root.GetProperty("leftOut")[0];
        Assert.Equal("content/articles/d.md", leftOut.GetProperty("path").GetString());
        Assert.Equal("draft", leftOut.GetProperty("reason").GetString());
        var warning = root.GetProperty("diagnostics")[0];
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("content/articles/untitled.md", warning.GetProperty("path").GetString());
        Assert.Equal(1, warning.GetProperty("line").GetInt32());
        Assert.Contains(root.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "render");
    }

    [Fact]
    public void Environment_development_picks_its_overrides()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            newsletter: {action: https://n.example.org/}
            environments:
              development:
                baseUrl: http://127.0.0.1:1313/
            -- content/about.md --
            ---
            title: About
            ---
            """);

        var (code, _, _) = CliRunner.Run(site.Root, "build", "--environment", "development");

        Assert.Equal(0, code);
        Assert.Contains("Disallow: /", site.ReadOutput("robots.txt"));
        Assert.Contains("http://127.0.0.1:1313/about/", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Gives_the_same_bytes_on_one_processor_and_on_many()
    {
        var output = Directory.CreateTempSubdirectory("trustsite-threads").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "trustsite.dll");

        Build(cli, Path.Combine(output, "one"), processors: 1);
        Build(cli, Path.Combine(output, "many"), processors: 8);

        using var site = new TempSite("");
        Assert.Equal(site.Snapshot(Path.Combine(output, "one")), site.Snapshot(Path.Combine(output, "many")));
        Directory.Delete(output, recursive: true);
    }

    private static void Build(string cli, string output, int processors)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "build", "--source", RepoPaths.Root, "--output", output, "--quiet"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SOURCE_DATE_EPOCH"] = "1767225600";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
    }
}
