using TrustSite.Build;
using TrustSite.Diagnostics;

namespace TrustSite.Cli;

/// <summary>`trustsite check`: runs the build up to its checks, writing nothing, and prints the same diagnostics, a count and a verdict.</summary>
public static class CheckCommand
{
    private static readonly string[] Options = ["source", "strict", "drafts", "future", "environment", "help", "privacy", "output"];

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        if (line.Has("help"))
        {
            stdout.WriteLine(HelpText.Check);
            return ExitCodes.Success;
        }
        if (line.Positional.Count > 0)
        {
            return CliApp.Usage(stderr, $"check takes no arguments, got '{line.Positional[0]}'; use --source DIR for the site's folder");
        }
        if (line.Has("source") && line.Value("source") is null)
        {
            return CliApp.Usage(stderr, "--source needs a folder");
        }
        var source = Path.GetFullPath(Path.Combine(workingDirectory, line.Value("source") ?? "."));
        var environmentName = line.Value("environment") ?? "production";
        if (BuildCommand.EnvironmentProblem(environmentName) is { } problem)
        {
            return CliApp.Usage(stderr, problem);
        }
        if (line.Has("privacy") || line.Has("output"))
        {
            return RunPrivacy(line, source, environmentName, stdout, stderr, environment);
        }
        var options = new BuildOptions(source, "public", IncludeDrafts: line.Has("drafts"), IncludeFuture: line.Has("future"),
            Environment: environmentName, Strict: line.Has("strict"), WriteOutput: false);
        if (line.Unread.FirstOrDefault() is { } unknown)
        {
            return CliApp.Usage(stderr, $"unknown option --{unknown}" + (DidYouMean.Suggest(unknown, Options) is { } best ? $"; did you mean --{best}?" : ""));
        }
        if (!Directory.Exists(source))
        {
            return CliApp.Usage(stderr, $"the source folder '{source}' does not exist");
        }

        var style = ConsoleStyle.For(stderr, environment);
        var progress = style.ShowProgress ? new ProgressLine(stderr, TimeProvider.System) : null;
        var result = new SiteBuilder(TimeProvider.System, environment).Build(options with { Progress = progress });
        progress?.Clear();
        var formatter = new DiagnosticFormatter(new SourceTextCache(source), style.UseColor);
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.Write(formatter.Format(diagnostic));
        }
        stderr.WriteLine(DiagnosticFormatter.Summary(result.Diagnostics));
        (result.Succeeded ? stdout : stderr).WriteLine(Verdict(result, options.Strict));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.SiteErrors;
    }

    private static int RunPrivacy(CommandLine line, string source, string environmentName, TextWriter stdout, TextWriter stderr,
        Func<string, string?> environment)
    {
        if (!line.Has("privacy"))
        {
            return CliApp.Usage(stderr, "--output is for the privacy audit: trustsite check --privacy --output DIR");
        }
        if (line.Has("output") && line.Value("output") is null)
        {
            return CliApp.Usage(stderr, "--output needs a folder");
        }
        if (line.Has("drafts") || line.Has("future"))
        {
            return CliApp.Usage(stderr, "--privacy audits the built site as it is; --drafts and --future belong to the build");
        }
        var output = line.Value("output") ?? "public";
        var strict = line.Has("strict");
        if (line.Unread.FirstOrDefault() is { } unknown)
        {
            return CliApp.Usage(stderr, $"unknown option --{unknown}" + (DidYouMean.Suggest(unknown, Options) is { } best ? $"; did you mean --{best}?" : ""));
        }
        if (!Directory.Exists(source))
        {
            return CliApp.Usage(stderr, $"the source folder '{source}' does not exist");
        }
        return PrivacyCheck.Run(source, output, environmentName, strict, stdout, stderr, environment);
    }

    private static string Verdict(BuildResult result, bool strict)
    {
        var pages = result.PageCount == 1 ? "1 page" : $"{result.PageCount} pages";
        var warnings = result.Diagnostics.Length;
        return result switch
        {
            { Succeeded: false } when strict => "Check failed: with --strict, warnings count as errors, and a build would publish nothing.",
            { Succeeded: false } => "Check failed: a build would stop on these errors and publish nothing.",
            _ when warnings == 0 => $"No problems found in {pages}.",
            _ => $"No errors in {pages}; {(warnings == 1 ? "1 warning" : $"{warnings} warnings")} worth a look.",
        };
    }
}
