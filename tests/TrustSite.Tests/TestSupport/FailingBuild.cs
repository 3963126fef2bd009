using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace TrustSite.Tests.TestSupport;

/// <summary>Runs `trustsite build` on a site with a mistake and checks what every such build must do: report, exit 1, change nothing.</summary>
public static partial class FailingBuild
{
    public const string PreviousPage = "<p>the previous site</p>";

    /// <summary>Puts a previous build in public/, runs the command, asserts the common promises and returns stderr with the site's folder as &lt;site&gt;.</summary>
    public static string Run(TempSite site, params string[] args)
    {
        site.Write("public/.trustsite-output", "");
        site.Write("public/index.html", PreviousPage);
        var before = Fingerprint(site.Root);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, args);

        Assert.True(code == 1, $"expected exit 1, got {code}:\n{stderr}");
        Assert.Equal("", stdout);
        AssertNoStackTrace(stderr);
        Assert.Matches(ErrorLine(), stderr);
        Assert.Matches(FailedLine(), stderr);
        Assert.Equal(before, Fingerprint(site.Root));
        return stderr.Replace(site.Root, "<site>", StringComparison.Ordinal);
    }

    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception:", text);
        Assert.DoesNotContain("Unhandled", text);
    }

    /// <summary>Every file under <paramref name="folder"/> with the SHA-256 of its bytes, in ordinal order.</summary>
    public static SortedDictionary<string, string> Fingerprint(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return result;
    }

    // A file has a line and column; an output folder, which comes from the command line, has none.
    [GeneratedRegex(@"^\S.*?(:\d+:\d+)?: error TS\d{4}: ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\nBuild failed[^\n]*; \S+/ was left as it was\.\n$")]
    private static partial Regex FailedLine();
}
