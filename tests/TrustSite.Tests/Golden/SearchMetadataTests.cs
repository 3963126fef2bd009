using System.Text.Json;
using System.Xml.Linq;

namespace TrustSite.Tests.Golden;

/// <summary>What search engines and shared links read from the sample site: sitemap, robots.txt, titles, Open Graph, JSON-LD.</summary>
public sealed class SearchMetadataTests(SampleSiteTests.BuiltSample sample) : IClassFixture<SampleSiteTests.BuiltSample>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void The_sitemap_lists_every_public_page_with_its_last_change_and_translations()
    {
        var sitemap = XDocument.Load(Path.Combine(sample.Output, "sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sitemaps + "url").ToArray();
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToArray();

        Assert.Contains("https://example.org/articles/did-you-fail-your-partner/", locations);
        Assert.Contains("https://example.org/es/articles/le-fallaste-a-tu-pareja/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("did-you-fail-your-partner-5-tips", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal) || l.Contains("thanks", StringComparison.Ordinal));
        Assert.All(locations, l => Assert.StartsWith("https://example.org/", l));
        var seed = urls.Single(u => u.Element(Sitemaps + "loc")!.Value == "https://example.org/articles/did-you-fail-your-partner/");
        Assert.Equal("2023-05-08T09:00:00-04:00", seed.Element(Sitemaps + "lastmod")!.Value);
        Assert.Equal(["en", "es"], seed.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
        var htmlPages = sample.HtmlFiles.Count(f => !sample.IsRedirect(f) && f != "404.html" && !f.Contains("thanks", StringComparison.Ordinal));
        Assert.Equal(htmlPages, locations.Length);
    }

    [Fact]
    public void Robots_point_at_the_sitemap_in_production()
    {
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n", File.ReadAllText(Path.Combine(sample.Output, "robots.txt")));
    }

    [Fact]
    public void Every_page_has_a_title_description_canonical_and_open_graph_tags()
    {
        foreach (var file in sample.HtmlFiles.Where(f => !sample.IsRedirect(f)))
        {
            var head = sample.Page(file).Head!;

            Assert.False(string.IsNullOrWhiteSpace(head.QuerySelector("title")!.TextContent), file);
            Assert.NotNull(head.QuerySelector("meta[name=description][content]"));
            Assert.StartsWith("https://example.org/", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal(head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), head.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.NotNull(head.QuerySelector("meta[property='og:title']"));
            Assert.NotNull(head.QuerySelector("meta[name='twitter:card']"));
        }
        Assert.Equal("Did you fail your partner? 5 tips to rebuild their trust · Renewed Trust", sample.Page("articles/did-you-fail-your-partner/index.html").Title);
        Assert.Equal("Renewed Trust", sample.Page("index.html").Title);
    }

    [Fact]
    public void Articles_describe_themselves_as_blog_postings_with_breadcrumbs()
    {
        var scripts = JsonLd("articles/a-letter-to-the-spouse-who-stayed/index.html");

        var posting = scripts.Single(s => s.GetProperty("@type").GetString() == "BlogPosting");
        Assert.Equal("A letter to the spouse who stayed", posting.GetProperty("headline").GetString());
        Assert.Equal("2025-01-20T09:00:00-05:00", posting.GetProperty("datePublished").GetString());
        Assert.Equal("Your counselor", posting.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.org/articles/a-letter-to-the-spouse-who-stayed/sunrise.svg", posting.GetProperty("image").GetString());
        Assert.Equal("Renewed Trust", posting.GetProperty("publisher").GetProperty("name").GetString());
        var crumbs = scripts.Single(s => s.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(["Renewed Trust", "Articles", "A letter to the spouse who stayed"], crumbs.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("contact/index.html")]
    public void The_home_and_contact_pages_describe_the_ministry_with_its_phone(string file)
    {
        var ministry = JsonLd(file).Single(s => s.GetProperty("@type").GetString() == "ProfessionalService");

        Assert.Equal("+14076180212", ministry.GetProperty("telephone").GetString());
    }

    [Fact]
    public void The_headers_file_sets_a_strict_policy_that_allows_the_form_services()
    {
        var headers = File.ReadAllText(Path.Combine(sample.Output, "_headers"));

        Assert.Contains("Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';", headers);
        Assert.Contains("form-action 'self' https://buttondown.com https://formspree.io", headers);
        Assert.Contains("Referrer-Policy: same-origin", headers);
        Assert.Contains("X-Content-Type-Options: nosniff", headers);
        Assert.Contains("Permissions-Policy:", headers);
        Assert.Matches(@"/css/style\.[0-9a-f]{10}\.css\n  Cache-Control: public, max-age=31536000, immutable", headers);
    }

    [Fact]
    public void The_stylesheet_is_fingerprinted_and_its_integrity_matches()
    {
        var link = sample.Page("index.html").Head!.QuerySelector("link[rel=stylesheet]")!;
        var href = link.GetAttribute("href")!;

        var bytes = File.ReadAllBytes(Path.Combine(sample.Output, href.TrimStart('/')));

        Assert.Matches(@"^/css/style\.[0-9a-f]{10}\.css$", href);
        Assert.Equal("sha384-" + Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(bytes)), link.GetAttribute("integrity"));
        Assert.False(File.Exists(Path.Combine(sample.Output, "css", "style.css")));
    }

    private JsonElement[] JsonLd(string file) =>
        [.. sample.Page(file).QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)];
}
