using System.Diagnostics;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Output;

/// <summary>Kills `trustsite build` at random moments: the output must be the old site or the new one, never a mix, and content/ untouched.</summary>
public class CrashSafetyTests
{
    private const int Kills = 32;
    private const int Articles = 150;
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "trustsite.dll");

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_and_the_next_build_cleans_up()
    {
        using var site = new TempSite("");
        WriteVersion(site, "A");
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, Build(site, killAfter: null));
        var fullBuild = timer.Elapsed;
        var siteA = FailingBuild.Fingerprint(site.Output);
        WriteVersion(site, "B");
        Assert.Equal(0, Build(site, killAfter: null));
        var siteB = FailingBuild.Fingerprint(site.Output);
        Assert.NotEqual(siteA, siteB);
        var random = new Random(20260101);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        // The first build's time is only a guide on a loaded machine: kills that keep landing before the swap stretch the
        // delay, kills that land after it shrink it, so both sides of the swap are hit whatever the load does.
        var stretch = 1.0;

        for (var i = 0; i < Kills; i++)
        {
            var current = FailingBuild.Fingerprint(site.Output);
            var next = current.SequenceEqual(siteA) ? "B" : "A";
            WriteVersion(site, next);
            var content = FailingBuild.Fingerprint(Path.Combine(site.Root, "content"));
            // Most kills land while pages are written and swapped in, where a mix could happen; some during start-up.
            var killAfter = fullBuild * (0.1 + random.NextDouble()) * stretch;

            Build(site, killAfter);

            var after = FailingBuild.Fingerprint(site.Output);
            var outcome = after.SequenceEqual(siteA) ? "A" : after.SequenceEqual(siteB) ? "B" : null;
            Assert.True(outcome is not null, $"kill {i} after {killAfter.TotalMilliseconds:0} ms left a mix of both sites in public/");
            Assert.Equal(content, FailingBuild.Fingerprint(Path.Combine(site.Root, "content")));
            outcomes[outcome == next ? "new" : "old"] = outcomes.GetValueOrDefault(outcome == next ? "new" : "old") + 1;
            stretch = outcome == next ? Math.Max(1, stretch / 1.25) : stretch * 1.25;
        }

        WriteVersion(site, "A");
        Assert.Equal(0, Build(site, killAfter: null));
        Assert.Equal(siteA, FailingBuild.Fingerprint(site.Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d =>
            Path.GetFileName(d).StartsWith(StagingFolder.StagingPrefix, StringComparison.Ordinal) || Path.GetFileName(d).StartsWith(StagingFolder.RetiredPrefix, StringComparison.Ordinal));
        // Both outcomes happened, so the kills really fell before and after the swap.
        Assert.True(outcomes.GetValueOrDefault("old") > 0 && outcomes.GetValueOrDefault("new") > 0, string.Join(", ", outcomes));
    }

    private static void WriteVersion(TempSite site, string version)
    {
        for (var i = 0; i < Articles; i++)
        {
            site.Write($"content/articles/article-{i:D3}.md",
                $"---\ntitle: Article {i} ({version})\ndate: 2024-01-01T00:{i % 60:D2}:00Z\ntags: [t{i % 20}]\n---\n" + string.Concat(Enumerable.Repeat($"Version {version} of article {i}, with a few words to make a page.\n\n", 20)));
        }
    }

    /// <summary>Runs the CLI, and kills it after <paramref name="killAfter"/> if it is still running; returns the exit code, or -1 when killed.</summary>
    private static int Build(TempSite site, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Cli, "build", "--source", site.Root, "--quiet"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = site.Root,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = "1767225600";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEndAsync();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return -1;
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors.Result);
        return process.ExitCode;
    }
}
