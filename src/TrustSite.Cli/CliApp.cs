namespace TrustSite.Cli;

/// <summary>Dispatches a command line to its command; every exit code is decided here or in a command.</summary>
public static class CliApp
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "help", "version", "drafts", "future", "quiet", "force", "strict", "published-only", "timings", "privacy" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var line = CommandLine.Parse(args, Flags, out var error);
        if (error is not null)
        {
            return Usage(stderr, error);
        }
        if (line.Has("version"))
        {
            stdout.WriteLine(Build.SiteBuilder.Generator);
            return ExitCodes.Success;
        }
        switch (line.Command)
        {
            case null when line.Has("help"):
            case "help" when line.Positional.Count == 0:
                stdout.WriteLine(HelpText.Main);
                return ExitCodes.Success;
            case "help" when line.Positional is ["build"]:
                stdout.WriteLine(HelpText.Build);
                return ExitCodes.Success;
            case "help" when line.Positional is ["serve"]:
                stdout.WriteLine(HelpText.Serve);
                return ExitCodes.Success;
            case "help" when line.Positional is ["check"]:
                stdout.WriteLine(HelpText.Check);
                return ExitCodes.Success;
            case "help" when line.Positional is ["import"]:
                stdout.WriteLine(HelpText.Import);
                return ExitCodes.Success;
            case "help" when line.Positional is ["new"]:
                stdout.WriteLine(HelpText.New);
                return ExitCodes.Success;
            case null:
                stderr.WriteLine(HelpText.Main);
                return ExitCodes.BadCommandLine;
            case "build":
                return BuildCommand.Run(line, stdout, stderr, workingDirectory, environment);
            case "serve":
                return ServeCommand.Run(line, stdout, stderr, workingDirectory, environment);
            case "check":
                return CheckCommand.Run(line, stdout, stderr, workingDirectory, environment);
            case "import":
                return ImportCommand.Run(line, stdout, stderr, workingDirectory, environment);
            case "new":
                return NewCommand.Run(line, stdout, stderr, workingDirectory, environment, TimeProvider.System);
            default:
                return Usage(stderr, $"unknown command '{line.Command}'" +
                    (TrustSite.Diagnostics.DidYouMean.Suggest(line.Command, ["build", "serve", "check", "import", "new", "help"]) is { } best ? $"; did you mean '{best}'?" : ""));
        }
    }

    public static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"trustsite: {message}");
        stderr.WriteLine("Run 'trustsite --help' for usage.");
        return ExitCodes.BadCommandLine;
    }
}
