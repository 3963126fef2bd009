using BenchmarkDotNet.Running;

namespace TrustSite.Bench;

/// <summary>`dotnet run -c Release --project tests/TrustSite.Bench -- --filter '*'`; TRUSTSITE_BENCH_ARTICLES sets the corpus size (default 100).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
