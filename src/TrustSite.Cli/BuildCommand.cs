using TrustSite.Build;
using TrustSite.Diagnostics;

namespace TrustSite.Cli;

/// <summary>`trustsite build`: reads options, runs the build, prints diagnostics and the summary, returns the exit code.</summary>
public static class BuildCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        if (line.Has("help"))
        {
            stdout.WriteLine(HelpText.Build);
            return ExitCodes.Success;
        }
        if (line.Positional.Count > 0)
        {
            return CliApp.Usage(stderr, $"build takes no arguments, got '{line.Positional[0]}'; use --source DIR for the site's folder");
        }
        var source = Path.GetFullPath(Path.Combine(workingDirectory, line.Value("source") ?? "."));
        var output = line.Value("output") ?? "public";
        Uri? baseUrl = null;
        if (line.Value("base-url") is { } baseUrlText)
        {
            if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                return CliApp.Usage(stderr, $"--base-url must be an http(s) address, got '{baseUrlText}'");
            }
            baseUrl = TrustSite.Configuration.SiteConfigLoader.NormalizeBaseUrl(parsed);
        }
        if (line.Has("source") && line.Value("source") is null || line.Has("output") && line.Value("output") is null)
        {
            return CliApp.Usage(stderr, "--source and --output need a folder");
        }
        var environmentName = line.Value("environment") ?? "production";
        if (EnvironmentProblem(environmentName) is { } problem)
        {
            return CliApp.Usage(stderr, problem);
        }
        var reportPath = line.Value("report");
        if (line.Has("report") && reportPath is null)
        {
            return CliApp.Usage(stderr, "--report needs a file, such as build.json");
        }
        var options = new BuildOptions(source, Path.GetFullPath(Path.Combine(source, output)), baseUrl,
            IncludeDrafts: line.Has("drafts"), IncludeFuture: line.Has("future"), Environment: environmentName, Strict: line.Has("strict"),
            AuditPrivacy: reportPath is not null);
        var quiet = line.Has("quiet");
        if (line.Unread.FirstOrDefault() is { } unknown)
        {
            return CliApp.Usage(stderr, $"unknown option --{unknown}" +
                (DidYouMean.Suggest(unknown, ["source", "output", "base-url", "drafts", "future", "quiet", "help", "environment", "strict", "report"]) is { } best ? $"; did you mean --{best}?" : ""));
        }
        if (!Directory.Exists(source))
        {
            return CliApp.Usage(stderr, $"the source folder '{source}' does not exist");
        }

        var style = ConsoleStyle.For(stderr, environment);
        var progress = style.ShowProgress && !quiet ? new ProgressLine(stderr, TimeProvider.System) : null;
        var result = new SiteBuilder(TimeProvider.System, environment).Build(options with { Progress = progress });
        progress?.Clear();
        var sources = new SourceTextCache(source);
        // The audited staging folder is gone: its lines are quoted from what the audit kept.
        result.Privacy?.RememberSources(sources);
        BuildReport.Write(result, options, stdout, stderr, new DiagnosticFormatter(sources, style.UseColor), quiet);
        if (reportPath is not null)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, reportPath));
            File.WriteAllText(full, JsonBuildReport.Write(result, options));
        }
        return result.Succeeded ? ExitCodes.Success : ExitCodes.SiteErrors;
    }

    /// <summary>Why an --environment value cannot be used, or null: it names a block of site.yml's environments:.</summary>
    internal static string? EnvironmentProblem(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9-]*$")
            ? null
            : $"--environment must be a name such as production or development, got '{name}'";
}
