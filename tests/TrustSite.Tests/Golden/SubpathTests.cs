using AngleSharp.Html.Parser;
using TrustSite.Build;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>The sample site published under https://example.org/ministry/: every internal link and asset resolves there.</summary>
public sealed class SubpathTests : IDisposable
{
    private const string BasePath = "/ministry/";
    private readonly string _output = Path.Combine(Directory.CreateTempSubdirectory("trustsite-subpath").FullName, "public");

    public SubpathTests()
    {
        var result = new SiteBuilder(TimeProvider.System, _ => "1767225600")
            .Build(new BuildOptions(RepoPaths.Root, _output, new Uri("https://example.org/ministry/")));
        Assert.True(result.Succeeded);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);

    [Fact]
    public void Every_link_and_asset_of_every_page_resolves_under_the_subpath()
    {
        var parser = new HtmlParser();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var pageUrl = new Uri("https://example.org" + BasePath + Path.GetRelativePath(_output, file).Replace('\\', '/').Replace("index.html", ""));
            foreach (var element in page.QuerySelectorAll("a[href], link[href], img[src], script[src], form[action]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                var target = new Uri(pageUrl, value);
                if (target.Scheme is not ("http" or "https") || target.Host != "example.org" || value.StartsWith('#'))
                {
                    continue;
                }
                Assert.True(target.AbsolutePath.StartsWith(BasePath, StringComparison.Ordinal), $"{pageUrl} links to {target} outside {BasePath}");
                var local = target.AbsolutePath[BasePath.Length..];
                var exists = File.Exists(Path.Combine(_output, local)) || File.Exists(Path.Combine(_output, local, "index.html"));
                Assert.True(exists, $"{pageUrl} links to {target}, which the site does not have");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Feeds_sitemap_and_redirects_carry_the_subpath()
    {
        Assert.Contains("<loc>https://example.org/ministry/articles/did-you-fail-your-partner/</loc>", File.ReadAllText(Path.Combine(_output, "sitemap.xml")));
        Assert.Contains("<link>https://example.org/ministry/articles/a-letter-to-the-spouse-who-stayed/</link>", File.ReadAllText(Path.Combine(_output, "feed.xml")));
        Assert.Contains("src=\"https://example.org/ministry/articles/a-letter-to-the-spouse-who-stayed/sunrise.svg\"", File.ReadAllText(Path.Combine(_output, "feed.xml")));
        Assert.Equal("/ministry/did-you-fail-your-partner-5-tips-to-rebuild-their-trust/ /ministry/articles/did-you-fail-your-partner/ 301\n",
            File.ReadAllText(Path.Combine(_output, "_redirects")));
        Assert.Contains("Sitemap: https://example.org/ministry/sitemap.xml", File.ReadAllText(Path.Combine(_output, "robots.txt")));
        Assert.StartsWith("/ministry/*\n", File.ReadAllText(Path.Combine(_output, "_headers")));
    }
}
