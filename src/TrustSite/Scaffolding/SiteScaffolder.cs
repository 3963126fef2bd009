using System.Text;
using TrustSite.Diagnostics;
using TrustSite.Templating;

namespace TrustSite.Scaffolding;

/// <summary>`trustsite new site DIR`: a starter site that builds without a warning, with the trust theme and a sample article.</summary>
public sealed class SiteScaffolder(TimeProvider time)
{
    /// <summary>Fills a new or empty folder and returns true, or reports why it would not touch the folder.</summary>
    public bool Create(string root, DiagnosticBag diagnostics)
    {
        if (File.Exists(root) || Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            diagnostics.Error(DiagnosticCodes.ScaffoldFolderNotEmpty, SourceLocation.File(root),
                File.Exists(root) ? "this is a file; a new site needs a new or empty folder" : "this folder is not empty; a new site is only created in a new or empty folder, so nothing here is overwritten",
                "give the name of a folder that does not exist yet, such as my-site");
            return false;
        }
        var zone = TimeZoneId(time.LocalTimeZone);
        var date = DateStamp.Of(time.GetUtcNow(), time.LocalTimeZone);
        foreach (var (path, bytes) in EmbeddedFiles.Under(EmbeddedFiles.StarterPrefix))
        {
            var text = Encoding.UTF8.GetString(bytes).Replace("{{ timezone }}", zone, StringComparison.Ordinal).Replace("{{ date }}", date, StringComparison.Ordinal);
            if (!NewFileWriter.TryWrite(root, path, text, diagnostics))
            {
                return false;
            }
        }
        foreach (var (path, bytes) in EmbeddedFiles.Under(EmbeddedFiles.ThemePrefix))
        {
            if (!NewFileWriter.TryWrite(root, $"{ThemeLoader.FolderName}/trust/{path}", bytes, diagnostics))
            {
                return false;
            }
        }
        return true;
    }

    // site.yml wants an IANA name (America/New_York); Windows names its zones otherwise (Eastern Standard Time).
    private static string TimeZoneId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : "UTC";
}
