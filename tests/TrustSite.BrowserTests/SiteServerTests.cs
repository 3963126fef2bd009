using System.Net;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>The test server behaves like the static host the site is published on, or the browser tests would prove nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteServerTests(BrowserFixture site)
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task Serves_a_folder_address_from_its_index_html_as_html()
    {
        using var response = await Http.GetAsync(site.Server.Url("/articles/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redirects_a_folder_address_without_its_slash()
    {
        using var response = await Http.GetAsync(site.Server.Url("/articles"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(site.Server.Url("/articles/"), new Uri(site.Server.Origin, response.Headers.Location!));
    }

    [Theory]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/feed.json", "application/json")]
    [InlineData("/articles/a-letter-to-the-spouse-who-stayed/sunrise.svg", "image/svg+xml")]
    [InlineData("/404.html", "text/html")]
    public async Task Serves_files_with_their_content_type(string path, string mediaType)
    {
        using var response = await Http.GetAsync(site.Server.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Serves_the_fingerprinted_stylesheet_as_css()
    {
        using var home = await Http.GetAsync(site.Server.Url("/"));
        var stylesheet = System.Text.RegularExpressions.Regex.Match(await home.Content.ReadAsStringAsync(), "href=\"(/css/style\\.[0-9a-f]+\\.css)\"").Groups[1].Value;

        using var response = await Http.GetAsync(site.Server.Url(stylesheet));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_a_missing_address_with_404_and_the_sites_404_page()
    {
        using var response = await Http.GetAsync(site.Server.Url("/articles/no-such-article/deeper/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Output, "404.html")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_stub_records_a_post_and_redirects_to_the_thank_you_page_with_303()
    {
        var email = "stub-check@example.org";
        using var body = new FormUrlEncodedContent([KeyValuePair.Create("email", email), KeyValuePair.Create("website", "")]);

        using var response = await Http.PostAsync(new Uri(site.Stubs.Origin, BrowserFixture.NewsletterStub), body);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(site.NewsletterThankYou, response.Headers.Location);
        var received = Assert.Single(site.Stubs.ReceivedBy(BrowserFixture.NewsletterStub), s => s.Values("email").Contains(email));
        Assert.Equal("POST", received.Method);
        Assert.Equal([""], received.Values("website"));
    }

    [Fact]
    public void The_built_site_posts_its_forms_to_the_stubs()
    {
        Assert.Equal(new Uri(site.Stubs.Origin, BrowserFixture.NewsletterStub).AbsoluteUri, site.Newsletter.Action);
        Assert.Equal(new Uri(site.Stubs.Origin, BrowserFixture.ContactStub).AbsoluteUri, site.Contact.Action);
    }
}
