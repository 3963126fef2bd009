using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;

namespace TrustSite.Tests.Server;

/// <summary>The preview server answering over real HTTP: pages, types, the 404 page, drafts, and requests that try to leave the site.</summary>
public class PreviewServerTests(PreviewServerFixture fixture) : IClassFixture<PreviewServerFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Listens_on_loopback_and_serves_the_home_page_with_the_reload_script()
    {
        using var response = await Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("127.0.0.1", fixture.Server.Address.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.EndsWith("<script src=\"/__trustsite/reload.js\" defer></script></body>\n</html>\n", html);
        Assert.Contains("Renewed Trust", html);
    }

    [Fact]
    public async Task Other_files_are_served_as_they_are_with_their_types()
    {
        var home = new HtmlParser().ParseDocument(await Client.GetStringAsync("/"));
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var css = await Client.GetAsync(new Uri(fixture.Server.Address, stylesheet));
        using var feed = await Client.GetAsync("/feed.xml");
        using var script = await Client.GetAsync("/__trustsite/reload.js");
        var cssText = await css.Content.ReadAsStringAsync();

        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("reload.js", cssText);
        Assert.Equal(File.ReadAllText(Path.Combine(fixture.Server.Session.Folder.Path, new Uri(fixture.Server.Address, stylesheet).AbsolutePath.TrimStart('/'))), cssText);
        Assert.Equal("application/xml; charset=utf-8", feed.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("reload.js", await feed.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Drafts_and_scheduled_articles_are_shown_with_a_badge()
    {
        var draft = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/praying-together-again/"));
        var scheduled = new HtmlParser().ParseDocument(await Client.GetStringAsync("/articles/holidays-after-an-affair/"));

        Assert.Equal("Draft", draft.QuerySelector("article .badge")?.TextContent);
        Assert.Equal("Scheduled", scheduled.QuerySelector("article .badge")?.TextContent);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_its_status()
    {
        using var response = await Client.GetAsync("/no-such-page/");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.NotNull(page.QuerySelector("script[src='/__trustsite/reload.js']"));
    }

    [Fact]
    public async Task A_folder_named_without_its_slash_is_redirected_to_it()
    {
        using var response = await Client.GetAsync("/about?x=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_reading_is_allowed()
    {
        using var response = await Client.PostAsync("/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/../../../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/..%5c..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/..\\..\\..\\..\\etc\\passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/%00/etc/passwd")]
    [InlineData("/.trustsite-output")]
    [InlineData("http://127.0.0.1/../../etc/passwd")]
    public async Task No_address_reaches_a_file_outside_the_site(string target)
    {
        var (status, body) = await RawGet(target);

        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("written by TrustSite", body);
        Assert.True(status is 400 or 404 || status == 200 && body.Contains("Renewed Trust"), $"{target} gave {status}");
    }

    [Fact]
    public async Task A_very_long_address_is_refused_without_harm()
    {
        var (status, _) = await RawGet("/" + new string('a', 100_000));
        using var after = await Client.GetAsync("/");

        Assert.True(status is 400 or 404 or 414, $"a long address gave {status}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_link_planted_in_the_preview_folder_does_not_serve_what_it_points_to()
    {
        var outside = Path.Combine(fixture.Site.Root, "secret.txt");
        File.WriteAllText(outside, "root:x:0:0");
        File.CreateSymbolicLink(Path.Combine(fixture.Server.Session.Folder.Path, "planted.txt"), outside);

        using var response = await Client.GetAsync("/planted.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    // HttpClient cleans up paths before sending them; an attacker's client does not.
    private async Task<(int Status, string Body)> RawGet(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, fixture.Server.Address.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }
}
