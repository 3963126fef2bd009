using System.Text;

namespace TrustSite.Tests.TestSupport;

/// <summary>Compares text with a file reviewed like code; TRUSTSITE_UPDATE_GOLDEN=1 rewrites the file on purpose.</summary>
public static class GoldenFile
{
    public static bool IsUpdating => Environment.GetEnvironmentVariable("TRUSTSITE_UPDATE_GOLDEN") == "1";

    public static void Verify(string expectedPath, string actual)
    {
        if (IsUpdating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"no golden file {expectedPath}; run the tests with TRUSTSITE_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected != actual)
        {
            Assert.Fail($"{Path.GetRelativePath(RepoPaths.Root, expectedPath)} differs (rerun with TRUSTSITE_UPDATE_GOLDEN=1 if the change is intended):\n{Diff(expected, actual)}");
        }
    }

    /// <summary>A short line diff: the first differing lines with a little context.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }
        var text = new StringBuilder();
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            text.Append("  ").AppendLine(a[i]);
        }
        for (var i = first; i < Math.Min(a.Length, first + 6); i++)
        {
            text.Append("- ").AppendLine(a[i]);
        }
        for (var i = first; i < Math.Min(b.Length, first + 6); i++)
        {
            text.Append("+ ").AppendLine(b[i]);
        }
        return text.ToString();
    }
}
