using System.Text.RegularExpressions;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

/// <summary>Each file in tests/fixtures/invalid is a site with one kind of mistake, and its .expected file the exact report.</summary>
/// <remarks>Lines before the first file of a fixture are comments; "# args: ..." gives the build command's options.
/// The report shows the site's temporary folder as &lt;site&gt;.</remarks>
public class InvalidSiteTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "invalid"), "*.site").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_mistake_exits_1_and_leaves_the_previous_site_untouched(string name)
    {
        var fixture = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "invalid", name + ".site"));
        using var site = new TempSite(fixture);

        var stderr = FailingBuild.Run(site, ArgumentsOf(fixture));

        GoldenFile.Verify(Path.Combine(RepoPaths.Fixtures, "invalid", name + ".expected"), stderr);
    }

    private static string[] ArgumentsOf(string fixture)
    {
        var args = fixture.Replace("\r\n", "\n").Split('\n').TakeWhile(line => !line.StartsWith("-- ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("# args: ", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line["# args: ".Length..], "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')));
        return ["build", .. args];
    }
}
