using TrustSite.Build;
using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>A copy of the repository's sample site in a temporary folder, so the tests can point its forms at stubs and build it.</summary>
public sealed class SampleSite : IDisposable
{
    /// <summary>2026-01-01T00:00:00Z, the fixed clock the other test suites use, so scheduled articles publish the same way.</summary>
    private const string SourceDateEpoch = "1767225600";

    private SampleSite(string folder)
    {
        Folder = folder;
        Source = Path.Combine(folder, "site");
        Output = Path.Combine(folder, "public");
    }

    /// <summary>The temporary folder holding both the sources and the output.</summary>
    public string Folder { get; }

    public string Source { get; }

    public string Output { get; }

    public static SampleSite CopyFromRepository()
    {
        var site = new SampleSite(Path.Combine(Path.GetTempPath(), "trustsite-browser-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(site.Source);
        Directory.CreateDirectory(site.Output);
        File.Copy(Path.Combine(RepoPaths.Root, SiteConfigLoader.FileName), Path.Combine(site.Source, SiteConfigLoader.FileName));
        CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Source, "content"));
        CopyFolder(Path.Combine(RepoPaths.Root, "themes"), Path.Combine(site.Source, "themes"));
        return site;
    }

    /// <summary>Rewrites site.yml so the newsletter and contact forms post to the given addresses, keeping their field names.</summary>
    public void PointFormsAt(Uri newsletterAction, Uri contactAction)
    {
        var path = Path.Combine(Source, SiteConfigLoader.FileName);
        var actions = new Dictionary<string, Uri>(StringComparer.Ordinal)
        {
            ["newsletter.action"] = newsletterAction,
            ["contact.form.action"] = contactAction,
        };
        File.WriteAllText(path, FormActionRewriter.Rewrite(File.ReadAllText(path), actions));
    }

    /// <summary>The configuration as the build reads it; with the served base URL, hidden fields that hold full addresses match.</summary>
    public SiteConfig LoadConfig(Uri? baseUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        return new SiteConfigLoader().Load(Source, diagnostics, baseUrl)
            ?? throw new InvalidOperationException("the sample site.yml does not load:\n" + Describe(diagnostics.ToSortedArray()));
    }

    /// <summary>Builds the site into <see cref="Output"/> with its base URL set to where it is served; a failed build is a broken fixture.</summary>
    public BuildResult Build(Uri baseUrl)
    {
        var builder = new SiteBuilder(TimeProvider.System, name => name == "SOURCE_DATE_EPOCH" ? SourceDateEpoch : null);
        var result = builder.Build(new BuildOptions(Source, Output, baseUrl));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the sample site does not build:\n" + Describe(result.Diagnostics));
        }
        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Location}: {d.Code}: {d.Message}"));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
