using TrustSite.Server.Http;

namespace TrustSite.Tests.Server.Http;

public sealed class SiteFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "trustsite-files-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _outside;

    public SiteFilesTests()
    {
        _outside = _root + "-outside";
        Directory.CreateDirectory(Path.Combine(_root, "about"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_root, "index.html"), "home");
        File.WriteAllText(Path.Combine(_root, "about", "index.html"), "about");
        File.WriteAllText(Path.Combine(_root, ".trustsite-output"), "marker");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/about/", "about/index.html")]
    [InlineData("/about/index.html", "about/index.html")]
    public void Finds_a_page_and_the_index_of_a_folder(string request, string expected)
    {
        var file = new SiteFiles(_root).Find(request);

        Assert.Equal(SiteFileKind.Found, file.Kind);
        Assert.Equal(Path.Combine(_root, expected), file.FullPath);
    }

    [Fact]
    public void Asks_for_the_slash_on_a_folder_named_without_it()
    {
        Assert.Equal(SiteFileKind.NeedsSlash, new SiteFiles(_root).Find("/about").Kind);
    }

    [Theory]
    [InlineData("/../trustsite-files-outside/secret.txt")]
    [InlineData("/about/../../x")]
    [InlineData("/./index.html")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("/about\\index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/.trustsite-output")]
    [InlineData("/index.html\0.txt")]
    [InlineData("etc/passwd")]
    public void Refuses_paths_that_could_leave_the_site_or_show_hidden_files(string request)
    {
        Assert.Equal(SiteFileKind.Refused, new SiteFiles(_root).Find(request).Kind);
    }

    [Fact]
    public void A_link_planted_in_the_folder_does_not_lead_outside()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "leak.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "elsewhere"), _outside);

        var files = new SiteFiles(_root);

        Assert.Equal(SiteFileKind.Missing, files.Find("/leak.txt").Kind);
        Assert.Equal(SiteFileKind.Missing, files.Find("/elsewhere/secret.txt").Kind);
    }

    [Fact]
    public void A_missing_file_is_missing()
    {
        Assert.Equal(SiteFileKind.Missing, new SiteFiles(_root).Find("/nowhere/").Kind);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }
}
