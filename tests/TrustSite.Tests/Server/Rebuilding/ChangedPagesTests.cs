using TrustSite.Server.Rebuilding;

namespace TrustSite.Tests.Server.Rebuilding;

public class ChangedPagesTests
{
    [Fact]
    public void Pages_feeds_and_host_files_name_their_own_address()
    {
        var pages = ChangedPages.From(["about/index.html", "index.html", "es/acerca-de/index.html", "feed.xml", "es/feed.json", "robots.txt", "_redirects", "old.html"]).ToArray();

        Assert.Equal(["/", "/_redirects", "/about/", "/es/acerca-de/", "/es/feed.json", "/feed.xml", "/old.html", "/robots.txt"], pages);
    }

    [Theory]
    [InlineData("css/trust.1a2b3c4d.css")]
    [InlineData("articles/a-letter/sunrise.svg")]
    [InlineData("404.html")]
    public void A_file_any_page_may_use_reloads_every_page(string file)
    {
        Assert.Equal([PreviewState.EveryPage], ChangedPages.From(["about/index.html", file]).ToArray());
    }

    [Fact]
    public void Too_many_pages_to_name_reload_every_page()
    {
        var files = Enumerable.Range(0, 500).Select(i => $"articles/a{i}/index.html");

        Assert.Equal([PreviewState.EveryPage], ChangedPages.From(files).ToArray());
    }

    [Fact]
    public void Nothing_changed_names_nothing()
    {
        Assert.Empty(ChangedPages.From([]).ToArray());
    }
}
