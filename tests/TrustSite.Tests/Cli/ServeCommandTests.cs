using System.Net;
using System.Net.Sockets;
using TrustSite.Cli;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class ServeCommandTests
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "help", "published-only", "timings" };

    private static async Task<(int Code, string Out, string Err)> Serve(string root, string[] args, Func<Uri, Task>? whileServing = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = CommandLine.Parse(args, Flags, out _);
        var served = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = ServeCommand.RunAsync(line, stdout, stderr, root, _ => null, stop.Token, served.SetResult);
        if (await Task.WhenAny(running, served.Task) == served.Task)
        {
            if (whileServing is not null)
            {
                await whileServing(served.Task.Result);
            }
            await stop.CancelAsync();
        }
        var code = await running;
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Serves_until_stopped_and_says_where()
    {
        using var site = SampleSiteCopy.Create();
        string? home = null;

        var (code, output, errors) = await Serve(site.Root, ["serve", "--port", "0"], async address =>
        {
            using var client = new HttpClient();
            home = await client.GetStringAsync(address);
        });

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        Assert.Matches(@"^Building a preview of .+ \.\.\.\n\d\d:\d\d:\d\d first build: rendered \d+ pages, \d+ files changed, in \d+ ms\.\n"
            + @"Serving at http://127\.0\.0\.1:\d+/ with drafts and scheduled articles shown\. Press Ctrl\+C to stop\.\n", output.ReplaceLineEndings("\n"));
        Assert.EndsWith("Stopped." + Environment.NewLine, output);
        Assert.Contains("Renewed Trust", home);
    }

    [Fact]
    public async Task Published_only_hides_drafts_like_the_real_site()
    {
        using var site = SampleSiteCopy.Create();
        HttpStatusCode? draft = null;

        var (_, output, _) = await Serve(site.Root, ["serve", "--port", "0", "--published-only"], async address =>
        {
            using var client = new HttpClient();
            draft = (await client.GetAsync(new Uri(address, "/articles/praying-together-again/"))).StatusCode;
        });

        Assert.Contains("drafts and scheduled articles hidden", output);
        Assert.Equal(HttpStatusCode.NotFound, draft);
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error()
    {
        using var site = SampleSiteCopy.Create();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, _, errors) = await Serve(site.Root, ["serve", "--port", port]);

        Assert.Equal(ExitCodes.SiteErrors, code);
        Assert.Equal($"trustsite: port {port} on 127.0.0.1 is in use (another preview?); choose another with --port\n", errors.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--port abc", "--port must be a number from 1 to 65535 (0 picks a free one), got 'abc'")]
    [InlineData("--port 70000", "--port must be a number from 1 to 65535 (0 picks a free one), got '70000'")]
    [InlineData("--host example.org", "--host must be an IP address such as 127.0.0.1 (the default) or 0.0.0.0, got 'example.org'")]
    [InlineData("--prot 1314", "unknown option --prot; did you mean --port?")]
    [InlineData("--environment Prod", "--environment must be a name such as development or production, got 'Prod'")]
    [InlineData("now", "serve takes no arguments, got 'now'; use --source DIR for the site's folder")]
    public async Task Bad_options_are_explained(string options, string message)
    {
        using var site = SampleSiteCopy.Create();

        var (code, _, errors) = await Serve(site.Root, ["serve", .. options.Split(' ')]);

        Assert.Equal(ExitCodes.BadCommandLine, code);
        Assert.StartsWith("trustsite: " + message + "\n", errors.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_real_process_cleanly_and_removes_its_preview()
    {
        using var site = SampleSiteCopy.Create();
        var tool = Path.Combine(AppContext.BaseDirectory, "trustsite.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", ["exec", tool, "serve", "--port", "0", "--source", site.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TMPDIR"] = site.Root + "-tmp";
        Directory.CreateDirectory(site.Root + "-tmp");
        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("Serving at ", StringComparison.Ordinal))
        {
        }
        var previews = Directory.GetDirectories(site.Root + "-tmp", "trustsite-preview-*");

        System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotNull(line);
        Assert.Single(previews);
        Assert.Equal(0, process.ExitCode);
        Assert.EndsWith("Stopped.\n", rest.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetDirectories(site.Root + "-tmp"));
        Assert.Equal("", await process.StandardError.ReadToEndAsync(timeout.Token));
        Directory.Delete(site.Root + "-tmp", recursive: true);
    }

    [Fact]
    public void Help_names_the_command_and_its_options()
    {
        var (code, output, _) = CliRunner.Run(Path.GetTempPath(), "help", "serve");

        Assert.Equal(0, code);
        Assert.Contains("Usage: trustsite serve [options]", output);
        Assert.Contains("--published-only", output);
        Assert.Contains("serve     Preview the site", CliRunner.Run(Path.GetTempPath(), "--help").Stdout);
    }
}
