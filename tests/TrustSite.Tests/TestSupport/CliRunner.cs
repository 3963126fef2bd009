using TrustSite.Cli;

namespace TrustSite.Tests.TestSupport;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1767225600" };
        var code = CliApp.Run(args, stdout, stderr, workingDirectory, name => environment.GetValueOrDefault(name));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
