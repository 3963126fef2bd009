using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using TrustSite.Build;

namespace TrustSite.Bench;

/// <summary>
/// `dotnet run -c Release --project tests/TrustSite.Bench -- --filter '*'` runs the stage benchmarks (TRUSTSITE_BENCH_ARTICLES sets the corpus
/// size, default 100). `... -- stages SITE OUTPUT [ROUNDS]` builds SITE ROUNDS times in one process and prints each stage's time and the
/// bytes it allocated (all threads), round by round: the first round pays for JIT and start-up, the later ones are warm.
/// `... -- allocations` prints what each step of the markdown stage allocates per article.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["allocations"])
        {
            Allocations.Print();
            return;
        }
        if (args.Length >= 3 && args[0] == "stages")
        {
            Stages(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
            return;
        }
        // Results go to the temporary folder, not into the repository (whose top level a test keeps to what the design names).
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Path.GetTempPath(), "trustsite-benchmarkdotnet"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    private static void Stages(string site, string output, int rounds)
    {
        for (var round = 1; round <= rounds; round++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = new SiteBuilder().Build(new BuildOptions(Path.GetFullPath(site), Path.GetFullPath(output)));
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {elapsed.TotalMilliseconds:0} ms, {result.PageCount} pages, succeeded {result.Succeeded}, peak working set {Environment.WorkingSet / 1048576} MiB"));
            foreach (var timing in result.Timings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms {timing.AllocatedBytes / 1048576.0,9:0.0} MB"));
            }
        }
    }
}
