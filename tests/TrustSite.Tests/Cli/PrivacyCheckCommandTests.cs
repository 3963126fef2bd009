using System.Text.Json;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public class PrivacyCheckCommandTests
{
    // A built page as a pasted widget would leave it: the Meta pixel, a Google font and a video frame, each on its own line.
    private const string Planted = """
        -- public/index.html --
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <title>Planted</title>
        <script async src="https://connect.facebook.net/en_US/fbevents.js"></script>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
        </head>
        <body>
        <iframe src="https://player.example.net/embed/1" title="A video"></iframe>
        </body>
        </html>
        """;

    [Fact]
    public void Fails_a_planted_tracker_font_and_frame_with_one_line_each_and_exit_1()
    {
        using var site = new TempSite(Planted);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check", "--privacy");

        Assert.Equal(1, code);
        Assert.Equal(
        [
            "public/index.html:5:20: error TS7001: the page loads a script from connect.facebook.net (Meta Pixel), a host not allowed in site.yml",
            "public/index.html:6:30: error TS7001: the page loads a stylesheet from fonts.googleapis.com (Google Fonts), a host not allowed in site.yml",
            "public/index.html:9:14: error TS7001: the page embeds a frame from player.example.net, a host not allowed in site.yml",
        ], stderr.Split('\n').Where(l => l.Contains(": error TS7", StringComparison.Ordinal)));
        Assert.Contains(" 5 | <script async src=\"https://connect.facebook.net/en_US/fbevents.js\"></script>\n", stderr);
        Assert.Contains("3 errors, 0 warnings\n", stderr);
        Assert.Contains("Privacy audit failed", stderr);
        Assert.Contains("Hosts contacted besides example.org:\n", stdout);
        Assert.Contains("  connect.facebook.net  NOT ALLOWED (1 place)\n", stdout);
        Assert.Contains("  player.example.net    NOT ALLOWED (1 place)\n", stdout);
    }

    [Fact]
    public void Passes_a_built_site_and_lists_its_form_endpoint_as_allowed()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n-- themes/plain/layouts/page.html --\n---\nlayout: base\n---\n<form action=\"https://newsletter.example.org/subscribe\" method=\"post\"></form>\n");
        Assert.Equal(0, CliRunner.Run(site.Root, "build").ExitCode);

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check", "--privacy");

        Assert.Equal(0, code);
        Assert.Equal("0 errors, 0 warnings\n", stderr);
        Assert.Contains("Hosts contacted besides example.org:\n  newsletter.example.org  allowed: the newsletter signup is sent there (newsletter) (1 place)\n", stdout);
        Assert.Matches(@"Privacy audit passed: \d+ files read\.\n$", stdout);
    }

    [Fact]
    public void Passes_the_built_sample_site_with_only_its_two_form_services_contacted()
    {
        using var copy = SampleSiteCopy.Create();
        // Not --strict: the sample's site.yml still has PLACEHOLDER settings, which --strict refuses (TS1020).
        Assert.Equal(0, CliRunner.Run(copy.Root, "build").ExitCode);

        var (code, stdout, stderr) = CliRunner.Run(copy.Root, "check", "--privacy", "--strict");

        Assert.Equal(0, code);
        Assert.Equal("0 errors, 0 warnings\n", stderr);
        var hosts = stdout.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, hosts.Length);
        Assert.StartsWith("  buttondown.com  allowed: the newsletter signup is sent there (newsletter)", hosts[0]);
        Assert.StartsWith("  formspree.io    allowed: the contact form is sent there (contact.form)", hosts[1]);
    }

    [Fact]
    public void Audits_the_folder_given_with_output()
    {
        using var site = new TempSite(Planted.Replace("public/", "site-out/", StringComparison.Ordinal));

        var (code, _, stderr) = CliRunner.Run(site.Root, "check", "--privacy", "--output", "site-out");

        Assert.Equal(1, code);
        Assert.Contains("site-out/index.html:5:20: error TS7001", stderr);
    }

    [Fact]
    public void Says_to_build_first_when_there_is_no_built_site()
    {
        using var site = new TempSite("");

        var (code, stdout, stderr) = CliRunner.Run(site.Root, "check", "--privacy");

        Assert.Equal(1, code);
        Assert.Contains("public: error TS7005: there is no built site in public to audit", stderr);
        Assert.DoesNotContain("Hosts contacted", stdout);
    }

    [Fact]
    public void Refuses_output_without_privacy_and_drafts_with_it()
    {
        using var site = new TempSite("");

        Assert.Equal(2, CliRunner.Run(site.Root, "check", "--output", "public").ExitCode);
        Assert.Equal(2, CliRunner.Run(site.Root, "check", "--privacy", "--drafts").ExitCode);
    }

    [Fact]
    public void Strict_build_audits_the_staged_site_and_keeps_the_published_one_when_it_leaks()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n");
        Assert.Equal(0, CliRunner.Run(site.Root, "build", "--strict").ExitCode);
        var before = site.Snapshot(site.Output);
        site.Write("themes/plain/layouts/page.html", "---\nlayout: base\n---\n<h1>{{ page.title }}</h1>\n<img src=\"https://pixel.example.net/p.gif\" alt=\"\">\n");

        var (code, _, stderr) = CliRunner.Run(site.Root, "build", "--strict", "--report", "build.json");

        Assert.Equal(1, code);
        Assert.Contains("public/about/index.html:2:11: error TS7001: the page loads an image from pixel.example.net, a host not allowed in site.yml\n", stderr);
        Assert.Contains(" 2 | <img src=\"https://pixel.example.net/p.gif\" alt=\"\">\n", stderr);
        Assert.Contains("public/ was left as it was", stderr);
        Assert.Equal(before, site.Snapshot(site.Output));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "build.json")));
        var privacy = json.RootElement.GetProperty("privacy");
        Assert.False(privacy.GetProperty("passed").GetBoolean());
        Assert.Equal(["pixel.example.net"], privacy.GetProperty("thirdPartyHosts").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void A_build_without_strict_publishes_and_reports_the_audit_only_in_the_report()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n-- themes/plain/layouts/page.html --\n---\nlayout: base\n---\n<img src=\"https://pixel.example.net/p.gif\" alt=\"\">\n");

        var (code, _, stderr) = CliRunner.Run(site.Root, "build", "--report", "build.json");

        Assert.Equal(0, code);
        Assert.DoesNotContain("TS7001", stderr);
        Assert.True(File.Exists(Path.Combine(site.Output, "about", "index.html")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "build.json")));
        var privacy = json.RootElement.GetProperty("privacy");
        Assert.False(privacy.GetProperty("passed").GetBoolean());
        Assert.Equal("TS7001", privacy.GetProperty("failures")[0].GetProperty("code").GetString());
        Assert.Equal("public/about/index.html", privacy.GetProperty("failures")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void A_build_without_report_or_strict_has_no_privacy_section()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n");

        var result = site.Build();

        Assert.Null(result.Privacy);
    }
}
