using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;
using TrustSite.Diagnostics;
using TrustSite.Server;
using TrustSite.Server.Rebuilding;

namespace TrustSite.Cli;

/// <summary>`trustsite serve`: the live preview. Builds, serves on loopback, rebuilds after each save until Ctrl+C.</summary>
public static class ServeCommand
{
    private const int PortsToTry = 10;

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += cancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return RunAsync(line, stdout, stderr, workingDirectory, environment, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled; <paramref name="started"/> learns the address (for tests).</summary>
    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory,
        Func<string, string?> environment, CancellationToken stop, Action<Uri>? started = null)
    {
        if (line.Has("help"))
        {
            stdout.WriteLine(HelpText.Serve);
            return ExitCodes.Success;
        }
        var timings = line.Has("timings");
        if (Parse(line, workingDirectory, stderr) is not { } options)
        {
            return ExitCodes.BadCommandLine;
        }
        var useColor = environment("NO_COLOR") is null && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var log = new Action<RebuildReport, PreviewState>((report, state) => Report(report, state, timings, stdout, stderr, useColor));
        stdout.WriteLine($"Building a preview of {options.SourceRoot} ...");
        PreviewServer? server = null;
        var explicitPort = line.Value("port") is not null;
        for (var attempt = 0; server is null; attempt++)
        {
            try
            {
                server = await PreviewServer.StartAsync(options with { Port = options.Port + attempt }, TimeProvider.System, environment, log);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                if (explicitPort || attempt + 1 >= PortsToTry)
                {
                    stderr.WriteLine($"trustsite: port {options.Port + attempt} on {options.Host} is in use (another preview?); choose another with --port");
                    return ExitCodes.SiteErrors;
                }
            }
        }
        await using (server)
        {
            stdout.WriteLine($"Serving at {server.Address} with drafts and scheduled articles {(options.IncludeDrafts ? "shown" : "hidden")}. Press Ctrl+C to stop.");
            stdout.WriteLine("Watching content/, themes/ and site.yml; each save rebuilds what it changed and reloads open tabs.");
            if (!IPAddress.IsLoopback(IPAddress.Parse(options.Host == "localhost" ? "127.0.0.1" : options.Host)))
            {
                stderr.WriteLine($"warning: listening on {options.Host}: every device on the network can see the preview, drafts included.");
            }
            if (timings)
            {
                stdout.WriteLine($"Preview folder: {server.Session.Folder.Path}");
            }
            started?.Invoke(server.Address);
            await server.RunAsync(stop);
            stdout.WriteLine("Stopped.");
        }
        return ExitCodes.Success;
    }

    private static PreviewOptions? Parse(CommandLine line, string workingDirectory, TextWriter stderr)
    {
        if (line.Positional.Count > 0)
        {
            CliApp.Usage(stderr, $"serve takes no arguments, got '{line.Positional[0]}'; use --source DIR for the site's folder");
            return null;
        }
        var source = Path.GetFullPath(Path.Combine(workingDirectory, line.Value("source") ?? "."));
        var host = line.Value("host") ?? "127.0.0.1";
        if (host != "localhost" && !IPAddress.TryParse(host, out _))
        {
            CliApp.Usage(stderr, $"--host must be an IP address such as 127.0.0.1 (the default) or 0.0.0.0, got '{host}'");
            return null;
        }
        var port = PreviewOptions.DefaultPort;
        if (line.Value("port") is { } portText && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            CliApp.Usage(stderr, $"--port must be a number from 1 to 65535 (0 picks a free one), got '{portText}'");
            return null;
        }
        var environmentName = line.Value("environment") ?? "development";
        if (!System.Text.RegularExpressions.Regex.IsMatch(environmentName, "^[a-z][a-z0-9-]*$"))
        {
            CliApp.Usage(stderr, $"--environment must be a name such as development or production, got '{environmentName}'");
            return null;
        }
        var publishedOnly = line.Has("published-only");
        if (line.Unread.FirstOrDefault() is { } unknown)
        {
            CliApp.Usage(stderr, $"unknown option --{unknown}" +
                (DidYouMean.Suggest(unknown, ["source", "port", "host", "environment", "published-only", "timings", "help"]) is { } best ? $"; did you mean --{best}?" : ""));
            return null;
        }
        if (!Directory.Exists(source))
        {
            CliApp.Usage(stderr, $"the source folder '{source}' does not exist");
            return null;
        }
        return new PreviewOptions(source, host, port, IncludeDrafts: !publishedOnly, IncludeFuture: !publishedOnly, Environment: environmentName);
    }

    private static void Report(RebuildReport report, PreviewState state, bool timings, TextWriter stdout, TextWriter stderr, bool useColor)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var cause = report.Changed.IsEmpty ? "first build" : Changes(report.Changed);
        var elapsed = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!report.Result.Succeeded)
        {
            var formatter = new DiagnosticFormatter(state.Sources, useColor);
            foreach (var diagnostic in report.Result.Diagnostics)
            {
                stderr.Write(formatter.Format(diagnostic));
            }
            stderr.WriteLine($"{time} {cause}: build failed ({DiagnosticFormatter.Summary(report.Result.Diagnostics)}); the browser shows the errors, the last good site stays.");
            return;
        }
        if (report.Result.Diagnostics.Length > 0)
        {
            var formatter = new DiagnosticFormatter(state.Sources, useColor);
            foreach (var diagnostic in report.Result.Diagnostics)
            {
                stderr.Write(formatter.Format(diagnostic));
            }
        }
        var pages = report.PagesRendered == 1 ? "1 page" : $"{report.PagesRendered} pages";
        var first = report.FirstPages is { } quick ? string.Create(CultureInfo.InvariantCulture, $"page shown in {quick.TotalMilliseconds:0} ms; ") : "";
        stdout.WriteLine($"{time} {cause}: {first}rendered {pages}, {(report.FilesWritten == 1 ? "1 file" : $"{report.FilesWritten} files")} changed, in {elapsed} ms.");
        if (timings)
        {
            stdout.WriteLine("  time by stage: " + string.Join(", ", report.Result.Timings.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:0.0} ms"))));
        }
    }

    private static string Changes(IReadOnlyList<string> changed) =>
        changed.Count switch
        {
            1 => $"{changed[0]} changed",
            <= 3 => $"{string.Join(", ", changed)} changed",
            _ => $"{changed[0]} and {changed.Count - 1} other files changed",
        };
}
