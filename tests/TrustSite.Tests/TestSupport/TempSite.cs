using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using TrustSite.Build;

namespace TrustSite.Tests.TestSupport;

/// <summary>A site written into a temporary folder from one string, Hugo-style: "-- path --" lines start each file.</summary>
public sealed class TempSite : IDisposable
{
    public const string MinimalConfig = """
        title: Test site
        baseUrl: https://example.org/
        newsletter:
          action: https://newsletter.example.org/subscribe
        """;

    /// <summary>A theme small enough to read in a test, with every layout the planner can ask for.</summary>
    public const string MinimalTheme = """
        -- themes/plain/layouts/base.html --
        <!DOCTYPE html><html lang="{{ site.language }}"><head><title>{{ page.title }}</title></head><body><main>{{ content }}</main></body></html>
        -- themes/plain/layouts/default.html --
        ---
        layout: base
        ---
        <h1>{{ page.title }}</h1>
        {{ content }}
        {{~ for card in page.items ~}}
        <a class="item" href="{{ card.url }}">{{ card.title }}</a>
        {{~ end ~}}
        """;

    private static readonly DateTimeOffset FixedNow = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TempSite(string files, bool withDefaults = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "trustsite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (withDefaults && !files.Contains("-- site.yml --", StringComparison.Ordinal))
        {
            Write("site.yml", MinimalConfig + "\ntheme: plain\n");
        }
        if (withDefaults)
        {
            WriteFiles(MinimalTheme);
        }
        WriteFiles(files);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    /// <summary>Writes each "-- path --" file; "-- path [bom, crlf] --" saves it with a byte order mark and the given line endings (crlf or cr),
    /// and "[bytes]" turns \xNN escapes into raw bytes, for files no editor would save as text.</summary>
    public void WriteFiles(string files)
    {
        string? path = null;
        var options = Array.Empty<string>();
        var content = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                (path, options) = ParseHeader(line[3..^3]);
                content.Clear();
            }
            else if (path is not null)
            {
                content.Add(line);
            }
        }
        Flush();

        void Flush()
        {
            if (path is not null)
            {
                WriteEncoded(path, options, string.Join('\n', content).TrimEnd('\n') + "\n");
            }
        }
    }

    /// <summary>Writes one file as a "-- path [options] --" header would: options are bom, crlf, cr and bytes.</summary>
    public void WriteEncoded(string relativePath, IReadOnlyCollection<string> options, string text) => WriteBytes(relativePath, Encode(text, options));

    private static (string Path, string[] Options) ParseHeader(string header)
    {
        var match = Regex.Match(header, @"^(.+) \[((?:bom|crlf|cr|bytes)(?:, (?:bom|crlf|cr|bytes))*)\]$");
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value.Split(", ")) : (header, []);
    }

    private static byte[] Encode(string text, IReadOnlyCollection<string> options)
    {
        if (options.Contains("crlf"))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }
        else if (options.Contains("cr"))
        {
            text = text.Replace('\n', '\r');
        }
        var bytes = new List<byte>();
        if (options.Contains("bom"))
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }
        if (!options.Contains("bytes"))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(text));
            return [.. bytes];
        }
        var parts = Regex.Split(text, @"(\\x[0-9A-Fa-f]{2})");
        foreach (var part in parts)
        {
            bytes.AddRange(part.StartsWith("\\x", StringComparison.Ordinal) && part.Length == 4
                ? [Convert.ToByte(part[2..], 16)]
                : Encoding.UTF8.GetBytes(part));
        }
        return [.. bytes];
    }

    /// <summary>Uses the repository's own trust theme instead of the minimal one, for tests of what the real site shows.</summary>
    public TempSite WithTrustTheme()
    {
        var source = Path.Combine(RepoPaths.Root, "themes", "trust");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, "themes", "trust", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        var config = File.ReadAllText(Path.Combine(Root, "site.yml")).Replace("theme: plain", "theme: trust", StringComparison.Ordinal);
        Write("site.yml", config);
        return this;
    }

    public void Write(string relativePath, string content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public BuildResult Build(bool drafts = false, bool future = false, string output = "public", Uri? baseUrl = null) =>
        new SiteBuilder(new FixedTime(FixedNow), _ => null).Build(new BuildOptions(Root, Path.Combine(Root, output), baseUrl, drafts, future));

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every file of the output with its bytes, for comparing two builds.</summary>
    public ImmutableSortedDictionary<string, byte[]> Snapshot(string? folder = null)
    {
        var root = folder ?? Output;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToImmutableSortedDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
