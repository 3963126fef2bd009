using System.Security.Cryptography;
using System.Text;
using TrustSite.Cli;
using TrustSite.Diagnostics;
using TrustSite.Import;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Runs the WordPress importer on a fixture export into a site folder, and describes what it wrote as one text.</summary>
public static class ImportRun
{
    public static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "wordpress", name);

    public static string Uploads => Fixture("uploads");

    public static (ImportReport? Report, DiagnosticBag Diagnostics) Import(string siteRoot, string export, bool uploads = true, bool force = false)
    {
        var diagnostics = new DiagnosticBag();
        var options = new ImportOptions(siteRoot, Fixture(export), export, uploads ? Uploads : null, force);
        return (new WordPressImporter().Import(options, diagnostics), diagnostics);
    }

    /// <summary>Every file under the site as "-- path --" sections (binary files by size and hash), then the printed report.</summary>
    public static string Describe(string siteRoot, ImportReport report, string export)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(siteRoot, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(siteRoot, file));
            text.Append("-- ").Append(file).Append(" --\n");
            text.Append(IsText(file) ? Encoding.UTF8.GetString(bytes) : $"({bytes.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]})\n");
        }
        using var printed = new StringWriter();
        ImportReportWriter.Write(report, export, printed);
        return text.Append("-- report --\n").Append(printed.ToString().ReplaceLineEndings("\n")).ToString();
    }

    private static bool IsText(string path) => Path.GetExtension(path) is ".md" or ".yml" or ".json" or ".txt";
}
