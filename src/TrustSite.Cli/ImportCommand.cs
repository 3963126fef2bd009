using TrustSite.Diagnostics;
using TrustSite.Import;

namespace TrustSite.Cli;

/// <summary>`trustsite import wordpress EXPORT.xml`: checks the command line, runs the import, prints diagnostics and the report.</summary>
public static class ImportCommand
{
    private static readonly string[] Options = ["source", "uploads", "force", "help"];

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        if (line.Has("help"))
        {
            stdout.WriteLine(HelpText.Import);
            return ExitCodes.Success;
        }
        if (line.Positional is not ["wordpress", var export])
        {
            return line.Positional.Count > 0 && line.Positional[0] != "wordpress"
                ? CliApp.Usage(stderr, $"cannot import from '{line.Positional[0]}'; only 'wordpress' is supported")
                : CliApp.Usage(stderr, "import needs a WordPress export file: trustsite import wordpress EXPORT.xml");
        }
        var source = line.Value("source");
        var uploads = line.Value("uploads");
        var force = line.Has("force");
        if (line.Has("source") && source is null || line.Has("uploads") && uploads is null)
        {
            return CliApp.Usage(stderr, "--source and --uploads need a folder");
        }
        if (line.Unread.FirstOrDefault() is { } unknown)
        {
            return CliApp.Usage(stderr, $"unknown option --{unknown}" + (DidYouMean.Suggest(unknown, Options) is { } best ? $"; did you mean --{best}?" : ""));
        }
        var siteRoot = Path.GetFullPath(Path.Combine(workingDirectory, source ?? "."));
        if (!Directory.Exists(siteRoot))
        {
            return CliApp.Usage(stderr, $"the source folder '{siteRoot}' does not exist");
        }
        var uploadsPath = uploads is null ? null : Path.GetFullPath(Path.Combine(workingDirectory, uploads));
        if (uploadsPath is not null && !Directory.Exists(uploadsPath))
        {
            return CliApp.Usage(stderr, $"the uploads folder '{uploadsPath}' does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var options = new ImportOptions(siteRoot, Path.GetFullPath(Path.Combine(workingDirectory, export)), export, uploadsPath, force);
        var report = File.Exists(options.ExportPath) ? new WordPressImporter().Import(options, diagnostics) : NotFound(export, diagnostics);
        // The export's own path is given as the user typed it, so its lines are looked up from the working folder.
        var formatter = new DiagnosticFormatter(new SourceTextCache(workingDirectory), ConsoleStyle.For(stderr, environment).UseColor);
        foreach (var diagnostic in diagnostics.ToSortedArray())
        {
            stderr.Write(formatter.Format(diagnostic));
        }
        if (report is not null)
        {
            ImportReportWriter.Write(report, export, stdout);
        }
        return diagnostics.HasErrors || report is null ? ExitCodes.SiteErrors : ExitCodes.Success;
    }

    private static ImportReport? NotFound(string export, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.ImportUnreadableExport, SourceLocation.File(export), "the export file does not exist",
            "in WordPress, use Tools → Export → All content, then give the path of the file it downloads");
        return null;
    }
}
