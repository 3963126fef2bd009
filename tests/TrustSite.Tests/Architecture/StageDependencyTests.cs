using System.Text.RegularExpressions;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Architecture;

/// <summary>Keeps the pipeline readable: a stage may use the stages before it, never one after it.</summary>
public partial class StageDependencyTests
{
    // The build's order; folders on one rank are independent of each other.
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = 0,
        ["Yaml"] = 1,
        ["Urls"] = 1,
        ["Media"] = 1,
        ["Minify"] = 1,
        ["Scripture"] = 1,
        ["Configuration"] = 2,
        ["Content"] = 3,
        ["Site"] = 4,
        ["Links"] = 5,
        ["Html"] = 6,
        ["Markdown"] = 7,
        ["Pages"] = 8,
        ["Feeds"] = 8,
        ["Checks"] = 8,
        ["Templating"] = 9,
        ["Output"] = 10,
        ["Privacy"] = 10,
        ["Build"] = 11,
        ["Import"] = 12,
        ["Scaffolding"] = 12,
    };

    private static string Library => Path.Combine(RepoPaths.Root, "src", "TrustSite");

    [Fact]
    public void Every_folder_of_the_library_has_a_place_in_the_pipeline()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);

        Assert.Equal(Rank.Keys.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Stages_depend_only_on_earlier_stages()
    {
        var violations = new List<string>();
        foreach (var file in SourceFiles())
        {
            var folder = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar)[0];
            foreach (Match reference in NamespaceReference().Matches(File.ReadAllText(file)))
            {
                var used = reference.Groups[1].Value;
                if (Rank.TryGetValue(used, out var usedRank) && usedRank > Rank[folder])
                {
                    violations.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} uses {used}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_library_never_writes_to_the_console_or_exits_the_process()
    {
        var offenders = SourceFiles().Where(f => ConsoleOrExit().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(RepoPaths.Root, f));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Each_file_declares_the_namespace_of_its_folder()
    {
        var wrong = SourceFiles().Where(f =>
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(Library, f))!.Replace(Path.DirectorySeparatorChar, '.');
            return !File.ReadAllText(f).Contains($"namespace TrustSite.{folder};", StringComparison.Ordinal);
        });

        Assert.Empty(wrong);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bTrustSite\.(\w+)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"\bConsole\.|Environment\.Exit")]
    private static partial Regex ConsoleOrExit();
}
