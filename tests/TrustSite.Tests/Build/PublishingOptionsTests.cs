using AngleSharp.Html.Parser;
using TrustSite.Build;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Build;

/// <summary>Environments, base URLs under a subpath, and the files static hosts read.</summary>
public class PublishingOptionsTests
{
    private const string Environments = """
        -- site.yml --
        title: Test site
        baseUrl: https://example.org/
        theme: plain
        newsletter: {action: https://n.example.org/}
        cname: www.example.org
        environments:
          development:
            baseUrl: http://127.0.0.1:1313/
            title: Test site (preview)
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-01
        ---
        """;

    [Fact]
    public void Production_is_the_default_and_welcomes_search_engines()
    {
        using var site = new TempSite(Environments);

        site.Build();

        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.ReadOutput("robots.txt"));
        Assert.Equal("www.example.org\n", site.ReadOutput("CNAME"));
    }

    [Fact]
    public void Development_takes_its_overrides_and_asks_search_engines_to_stay_away()
    {
        using var site = new TempSite(Environments);

        new SiteBuilder(TimeProvider.System, _ => "1767225600").Build(new BuildOptions(site.Root, site.Output, Environment: "development"));

        Assert.Equal("User-agent: *\nDisallow: /\n", site.ReadOutput("robots.txt"));
        Assert.Contains("<loc>http://127.0.0.1:1313/articles/a/</loc>", site.ReadOutput("sitemap.xml"));
        Assert.Contains("<title>Test site (preview)</title>", site.ReadOutput("feed.xml"));
    }

    [Fact]
    public void An_error_in_an_environment_override_points_at_its_own_line()
    {
        using var site = new TempSite(Environments.Replace("baseUrl: http://127.0.0.1:1313/", "baseUrl: ftp://x", StringComparison.Ordinal));

        var result = new SiteBuilder(TimeProvider.System, _ => null).Build(new BuildOptions(site.Root, site.Output, Environment: "development"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new TrustSite.Diagnostics.SourceLocation("site.yml", 8, 14), diagnostic.Location);
    }

    [Fact]
    public void Strict_publishes_nothing_while_a_warning_remains()
    {
        using var site = new TempSite("-- content/articles/untitled.md --\nNo front matter, so no title.\n");

        var result = new SiteBuilder(TimeProvider.System, _ => null).Build(new BuildOptions(site.Root, site.Output, Strict: true));

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Never_writes_the_machines_paths_into_the_site()
    {
        using var site = new TempSite(Environments + "\n-- content/articles/b/index.md --\n---\ntitle: B\n---\n![x](x.svg)\n-- content/articles/b/x.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>\n");

        site.Build();

        foreach (var (file, bytes) in site.Snapshot())
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(site.Root, text);
            Assert.DoesNotContain(Path.GetTempPath(), text);
        }
    }
}
