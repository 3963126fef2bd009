using TrustSite.Diagnostics;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Output;

public class OutputManifestTests
{
    [Fact]
    public void Errors_on_two_sources_for_one_file_naming_both()
    {
        var bag = new DiagnosticBag();

        OutputManifest.Build([
            new OutputEntry("about/index.html", "content/about.md", new SourceLocation("content/about.md", 1, 1)),
            new OutputEntry("About/index.html", "content/About/index.md", new SourceLocation("content/About/index.md", 3, 6)),
        ], bag);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.OutputConflict, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/About/index.md", 3, 6), diagnostic.Location);
        Assert.Contains("content/About/index.md and content/about.md", diagnostic.Message);
    }

    [Fact]
    public void Errors_on_a_file_where_another_source_needs_a_folder()
    {
        // Found by BuildNeverCrashesTests: content/x and content/x.md made the copy fail with "x is a directory" mid-build.
        var bag = new DiagnosticBag();

        OutputManifest.Build([
            new OutputEntry("x", "content/x", SourceLocation.File("content/x")),
            new OutputEntry("x/index.html", "content/x.md", new SourceLocation("content/x.md", 1, 1)),
        ], bag);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.OutputConflict, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/x.md", 1, 1), diagnostic.Location);
        Assert.Equal("content/x.md would be published as /x/index.html, but content/x is published as the file /x", diagnostic.Message);
    }

    [Theory]
    [InlineData("/about/", true)]
    [InlineData("/about", true)]
    [InlineData("/about/index.html", true)]
    [InlineData("/", true)]
    [InlineData("/css/style.css", true)]
    [InlineData("/missing/", false)]
    public void Knows_which_site_paths_it_serves(string path, bool served)
    {
        var manifest = OutputManifest.Build([
            new OutputEntry("index.html", "home", default),
            new OutputEntry("about/index.html", "about", default),
            new OutputEntry("css/style.css", "css", default),
        ], new DiagnosticBag());

        Assert.Equal(served, manifest.Serves(path));
    }
}
