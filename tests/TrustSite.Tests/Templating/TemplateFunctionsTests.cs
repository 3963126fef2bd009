using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Templating;
using TrustSite.Urls;

namespace TrustSite.Tests.Templating;

public class TemplateFunctionsTests
{
    private static SiteConfig Config(string baseUrl)
    {
        var bag = new DiagnosticBag();
        return new SiteConfigLoader().Parse($"title: T\nbaseUrl: {baseUrl}\nnewsletter: {{action: https://n.example.org/}}\n", bag)!;
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] bases = ["https://example.org/", "https://Example.ORG:8443/ministry/", "http://localhost:1313/", "https://example.org/a/b/"];
        string[] paths =
        [
            "/", "", "/about/", "about/", "/page/2/", "/a b/", "/é/", "/a/../b/", "/./x", "/x/.", "//cdn.example.org/x", "/x//y/",
            "/.well-known/x", "#top", "/tags/c%23/", "/x?y=1", "/ministry/about/", "/a/b/c/", "https://other.example/x", "mailto:a@example.org",
        ];
        foreach (var baseUrl in bases)
        {
            foreach (var path in paths)
            {
                data.Add(baseUrl, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_the_addresses_that_the_general_rules_give(string baseUrl, string path)
    {
        var config = Config(baseUrl);
        // The rules as first written: the shortcuts for plain paths must not change a single address.
        var relative = SafeUrl.HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith('#')
            ? path
            : path.StartsWith(config.BasePath, StringComparison.Ordinal) && config.BasePath != "/" ? path : config.BasePath + path.TrimStart('/');
        var absolute = SafeUrl.IsAbsoluteHttp(path) ? path : new Uri(config.BaseUrl, relative).AbsoluteUri;

        Assert.Equal(relative, TemplateFunctions.RelativeUrl(config, path));
        Assert.Equal(absolute, TemplateFunctions.AbsoluteUrl(config, path));
    }

    /// <summary>The cases that are site paths (no scheme, host or fragment alone), as pages, feeds and sitemaps have.</summary>
    public static TheoryData<string, string> SitePaths()
    {
        var data = new TheoryData<string, string>();
        foreach (var (baseUrl, path) in Cases().Select(row => ((string)row[0], (string)row[1])))
        {
            if (!SafeUrl.HasScheme(path) && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith('#'))
            {
                data.Add(baseUrl, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SitePaths))]
    public void Gives_site_paths_the_address_that_Uri_gives_under_the_base_URL(string baseUrl, string path)
    {
        var config = Config(baseUrl);

        Assert.Equal(new Uri(config.BaseUrl, path.TrimStart('/')).AbsoluteUri, TemplateFunctions.AbsoluteSitePath(config, path));
    }
}
