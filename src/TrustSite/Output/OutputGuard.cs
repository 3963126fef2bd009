using TrustSite.Diagnostics;

namespace TrustSite.Output;

/// <summary>Refuses output folders whose replacement would destroy sources: the site itself, a folder holding it, or one inside content/ or themes/.</summary>
public static class OutputGuard
{
    public const string MarkerFile = ".trustsite-output";

    public static bool Check(string siteRoot, string outputPath, DiagnosticBag diagnostics)
    {
        var site = Normalize(siteRoot);
        var output = Normalize(outputPath);
        var shown = Path.GetRelativePath(site, output).Replace('\\', '/');
        string? problem = null;
        if (output == site)
        {
            problem = "it is the site's own folder";
        }
        else if (IsInside(output, site))
        {
            problem = "it contains the site's sources";
        }
        else if (IsInside(Path.Combine(site, "content"), output) || output == Normalize(Path.Combine(site, "content")))
        {
            problem = "it is inside content/, whose files are the site's sources";
        }
        else if (IsInside(Path.Combine(site, "themes"), output) || output == Normalize(Path.Combine(site, "themes")))
        {
            problem = "it is inside themes/";
        }
        else if (Path.GetPathRoot(output) == output)
        {
            problem = "it is the root of a disk";
        }
        else if (FileInTheWay(output) is { } file)
        {
            problem = $"\"{Path.GetRelativePath(site, file).Replace('\\', '/')}\" is a file, so no folder can be made there";
        }
        else if (Directory.Exists(output) && !File.Exists(Path.Combine(output, MarkerFile)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            problem = "it already holds files that TrustSite did not write, and a build replaces the whole folder";
        }
        if (problem is null)
        {
            return true;
        }
        diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, SourceLocation.File(shown),
            $"refusing to publish into \"{shown}\": {problem}", "choose another folder with --output, such as public/");
        return false;
    }

    /// <summary>The output path itself or a folder on its way that exists as a file.</summary>
    private static string? FileInTheWay(string output)
    {
        for (var path = output; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="candidate"/> lies strictly inside <paramref name="folder"/>.</summary>
    private static bool IsInside(string folder, string candidate)
    {
        var prefix = Normalize(folder) + Path.DirectorySeparatorChar;
        return Normalize(candidate).StartsWith(prefix, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }
}
