using TrustSite.Urls;

namespace TrustSite.Tests.Urls;

public class SitePathTests
{
    [Theory]
    [InlineData("/articles/hope/")]
    [InlineData("about")]
    [InlineData("/404.html")]
    [InlineData("/2021/03/rebuild-trust/")]
    public void Accepts_ordinary_paths(string path) => Assert.Null(SitePath.Problem(path));

    [Theory]
    [InlineData("../x")]
    [InlineData("/a/./b/")]
    [InlineData("a\\b")]
    [InlineData("C:/x")]
    [InlineData("//evil.example/")]
    [InlineData("/x?y=1")]
    [InlineData("/x#y")]
    [InlineData("/aux/")]
    [InlineData("/LPT1.txt")]
    [InlineData("/trailing./")]
    [InlineData("/a\u0000b/")]
    [InlineData("")]
    public void Refuses_paths_that_escape_or_break_a_host(string path) => Assert.NotNull(SitePath.Problem(path));

    [Theory]
    [InlineData("about", "/about/")]
    [InlineData("/about", "/about/")]
    [InlineData("//a//b", "/a/b/")]
    [InlineData("/404.html", "/404.html")]
    [InlineData("/feed.xml", "/feed.xml")]
    public void Normalizes_to_a_leading_and_trailing_slash_unless_a_file(string path, string expected) =>
        Assert.Equal(expected, SitePath.Normalize(path));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/hope/", "articles/hope/index.html")]
    [InlineData("/404.html", "404.html")]
    public void Maps_urls_to_output_files(string url, string file) => Assert.Equal(file, SitePath.ToOutputFile(url));
}
