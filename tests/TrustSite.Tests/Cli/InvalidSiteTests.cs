using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

/// <summary>Each file in tests/fixtures/invalid is a site with one kind of mistake, and its .expected file the exact report.</summary>
public class InvalidSiteTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "invalid"), "*.site").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_mistake_exits_1_and_leaves_the_previous_site_untouched(string name)
    {
        using var site = new TempSite(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "invalid", name + ".site")));
        site.Write("public/.trustsite-output", "");
        site.Write("public/index.html", "<p>the previous site</p>");
        var before = site.Snapshot();

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "build");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^\S+:\d+:\d+: error TS\d{4}: ", System.Text.RegularExpressions.RegexOptions.Multiline), stderr);
        Assert.EndsWith("Build failed; public/ was left as it was.\n", stderr);
        Assert.Equal(before, site.Snapshot());
        GoldenFile.Verify(Path.Combine(RepoPaths.Fixtures, "invalid", name + ".expected"), stderr);
    }
}
