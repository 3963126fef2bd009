using System.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Build;

/// <summary>The sample site gives the same bytes whether the command line runs on one core or on all of them.</summary>
public class DeterminismTests
{
    [Fact]
    public void The_sample_site_is_byte_identical_built_on_one_core_and_on_many()
    {
        using var sample = SampleSiteCopy.Create();

        // The library's parallel stages schedule on the thread pool, which sizes itself by the processor count the runtime
        // reports; DOTNET_PROCESSOR_COUNT=1 makes the child process see a single core.
        var one = Build(sample, "one-core", processors: 1);
        var many = Build(sample, "many-cores", processors: Math.Max(4, Environment.ProcessorCount));

        Assert.True(one.Count > 50, $"only {one.Count} files were built");
        Assert.Equal(many.Keys.Order(StringComparer.Ordinal), one.Keys.Order(StringComparer.Ordinal));
        Assert.All(many, file => Assert.True(file.Value.AsSpan().SequenceEqual(one[file.Key]), $"{file.Key} differs between one core and many"));
    }

    private static IReadOnlyDictionary<string, byte[]> Build(SampleSiteCopy sample, string name, int processors)
    {
        var output = Path.Combine(sample.Root + "-live", name);
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = sample.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "trustsite.dll"), "build", "--quiet", "--output", output },
        };
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SOURCE_DATE_EPOCH"] = "1767225600";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not finish in two minutes");
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{stdout}\n{stderr.Result}");
        return sample.Snapshot(output);
    }
}
