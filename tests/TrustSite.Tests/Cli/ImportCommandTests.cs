using TrustSite.Tests.Import;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempSite _site = new("");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Imports_an_export_and_prints_the_report()
    {
        var (code, stdout, stderr) = CliRunner.Run(_site.Root, "import", "wordpress", ImportRun.Fixture("classic.xml"), "--uploads", ImportRun.Uploads);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Imported \"Renewed Trust\" (WordPress 5.2.4) from ", stdout);
        Assert.Contains("Shortcodes TrustSite does not know, kept as text:\n  content/articles/rebuilding-trust/index.md: [contact-form-7]", stdout);
        Assert.Contains("old addresses with a query (?p=ID), which no static file can answer: rules in redirects.txt", stdout);
        Assert.DoesNotContain("p=10", stdout);
        Assert.Contains("\n/blog/ p=10 /articles/rebuilding-trust/ 301!\n", File.ReadAllText(Path.Combine(_site.Root, "redirects.txt")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "content/articles/rebuilding-trust/garden.png")));
    }

    [Fact]
    public void Reports_a_malformed_export_with_its_line_and_exits_1()
    {
        _site.Write("export.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<title>Broken & bad</title>\n</channel>\n</rss>\n");

        var (code, stdout, stderr) = CliRunner.Run(_site.Root, "import", "wordpress", "export.xml");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("export.xml:4:16: error TS6001: the export is not well-formed XML: ", stderr);
        Assert.Contains(" 4 | <title>Broken & bad</title>\n   |                ^\n", stderr);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "content")));
    }

    [Fact]
    public void Refuses_an_xml_file_that_is_not_a_wordpress_export()
    {
        _site.Write("feed.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A feed</title></feed>\n");

        var (code, _, stderr) = CliRunner.Run(_site.Root, "import", "wordpress", "feed.xml");

        Assert.Equal(1, code);
        Assert.StartsWith("feed.xml:2:2: error TS6003: this XML file is not a WordPress export (WXR)", stderr);
    }

    [Fact]
    public void Reports_a_missing_export_and_exits_1()
    {
        var (code, _, stderr) = CliRunner.Run(_site.Root, "import", "wordpress", "missing.xml");

        Assert.Equal(1, code);
        Assert.StartsWith("missing.xml: error TS6002: the export file does not exist", stderr);
    }

    [Theory]
    [InlineData("import", "import needs a WordPress export file")]
    [InlineData("import wordpress", "import needs a WordPress export file")]
    [InlineData("import jekyll x.xml", "cannot import from 'jekyll'; only 'wordpress' is supported")]
    [InlineData("import wordpress a.xml b.xml", "import needs a WordPress export file")]
    [InlineData("import wordpress a.xml --forse", "unknown option --forse; did you mean --force?")]
    [InlineData("import wordpress a.xml --uploads", "--source and --uploads need a folder")]
    [InlineData("import wordpress a.xml --uploads /no/such/folder", "the uploads folder '/no/such/folder' does not exist")]
    [InlineData("imprt wordpress a.xml", "unknown command 'imprt'; did you mean 'import'?")]
    public void Exits_2_on_a_bad_import_command_line(string arguments, string message)
    {
        var (code, stdout, stderr) = CliRunner.Run(_site.Root, arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
    }

    [Theory]
    [InlineData("import --help")]
    [InlineData("help import")]
    public void Prints_the_import_commands_help(string arguments)
    {
        var (code, stdout, _) = CliRunner.Run(_site.Root, arguments.Split(' '));

        Assert.Equal(0, code);
        Assert.Contains("Usage: trustsite import wordpress EXPORT.xml [options]", stdout);
        Assert.Contains("--uploads DIR", stdout);
    }
}
