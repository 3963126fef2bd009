using TrustSite.Build;

namespace TrustSite.Tests.TestSupport;

/// <summary>A copy of the repository's sample site, to edit freely.</summary>
public sealed class SampleSiteCopy : IDisposable
{
    /// <summary>The time builds of the copy run at: after the sample's articles, before its scheduled one.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private SampleSiteCopy(string root) => Root = root;

    public string Root { get; }

    public static SampleSiteCopy Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "trustsite-cache-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var folder in new[] { "content", "themes" })
        {
            var source = Path.Combine(RepoPaths.Root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(root, "site.yml"));
        return new SampleSiteCopy(root);
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(Root, path));
        Assert.Contains(from, text);
        File.WriteAllText(Path.Combine(Root, path), text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public IReadOnlyDictionary<string, byte[]> CleanBuild()
    {
        var output = Root + "-clean";
        var result = new SiteBuilder(new FixedTime(Now), _ => null).Build(new BuildOptions(Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Snapshot(output);
    }

    public IReadOnlyDictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var folder in new[] { Root, Root + "-live", Root + "-clean" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
