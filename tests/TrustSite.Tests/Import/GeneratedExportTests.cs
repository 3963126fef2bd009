using System.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>The export tests/perf/generate-wordpress-export.sh writes for timing: its links must reach real posts, or the timed import never rewrites one.</summary>
public sealed class GeneratedExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trustsite-perf-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_link_of_the_generated_export_becomes_a_link_to_another_imported_post()
    {
        var export = Path.Combine(_folder, "export.xml");
        File.WriteAllText(export, Generate(3));
        var site = Path.Combine(_folder, "site");
        Directory.CreateDirectory(site);

        var report = new TrustSite.Import.WordPressImporter().Import(new TrustSite.Import.ImportOptions(site, export, "export.xml"), new TrustSite.Diagnostics.DiagnosticBag());

        Assert.Equal(3, report!.Posts);
        foreach (var (post, previous) in new[] { (1, 3), (2, 1), (3, 2) })
        {
            var text = File.ReadAllText(Path.Combine(site, $"content/articles/post-{post}.md"));
            Assert.Equal(3, text.Split($"[the article before this one](/articles/post-{previous}.md)").Length - 1);
            Assert.DoesNotContain("renewedtrust.example", text);
        }
    }

    private static string Generate(int posts)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "tests/perf/generate-wordpress-export.sh"), posts.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
