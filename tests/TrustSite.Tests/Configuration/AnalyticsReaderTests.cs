using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public class AnalyticsReaderTests
{
    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string analytics)
    {
        var bag = new DiagnosticBag();
        var yaml = "title: A\nbaseUrl: https://example.org/\nnewsletter:\n  action: https://n.example.org/\n" + analytics;
        return (new SiteConfigLoader().Parse(yaml, bag), bag);
    }

    [Fact]
    public void Is_off_by_default()
    {
        var (config, bag) = Parse("");

        Assert.False(bag.HasErrors);
        Assert.Null(config!.Analytics);
        Assert.DoesNotContain("goatcounter", HostFiles.ContentSecurityPolicy(config), StringComparison.Ordinal);
    }

    [Fact]
    public void Goatcounter_loads_its_script_and_counts_at_the_site_code()
    {
        var (config, bag) = Parse("analytics:\n  provider: goatcounter\n  code: renewed\n");

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        var analytics = config!.Analytics!;
        Assert.Equal("https://gc.zgo.at/count.js", analytics.ScriptUrl);
        Assert.Equal([new("data-goatcounter", "https://renewed.goatcounter.com/count")], analytics.Attributes.AsEnumerable());
        Assert.Equal(["gc.zgo.at", "renewed.goatcounter.com"], analytics.Hosts.AsEnumerable());
        var policy = HostFiles.ContentSecurityPolicy(config);
        Assert.Contains("script-src 'self' https://gc.zgo.at;", policy);
        Assert.Contains("connect-src 'self' https://renewed.goatcounter.com;", policy);
        Assert.Contains("img-src 'self' https://renewed.goatcounter.com;", policy);
        Assert.Contains("style-src 'self';", policy);
    }

    [Fact]
    public void Plausible_counts_the_base_url_domain_and_umami_names_its_host()
    {
        var (plausible, _) = Parse("analytics:\n  provider: plausible\n");
        var (umami, bag) = Parse("analytics:\n  provider: umami\n  code: 94db1cb1\n  script: https://stats.example.org/script.js\n");

        Assert.Equal([new("data-domain", "example.org")], plausible!.Analytics!.Attributes.AsEnumerable());
        Assert.Equal(["plausible.io"], plausible.Analytics.Hosts.AsEnumerable());
        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal([new("data-website-id", "94db1cb1"), new("data-host-url", "https://stats.example.org")], umami!.Analytics!.Attributes.AsEnumerable());
        Assert.Equal(["stats.example.org"], umami.Analytics.Hosts.AsEnumerable());
    }

    [Fact]
    public void Errors_on_an_unknown_provider_at_its_line_with_a_suggestion()
    {
        var (config, bag) = Parse("analytics:\n  provider: goatcouter\n  code: x\n");

        Assert.Null(config);
        var diagnostic = bag.Single();
        Assert.Equal(("TS7006", "site.yml:6:13"), (diagnostic.Code, diagnostic.Location.ToString()));
        Assert.Equal("unknown analytics provider \"goatcouter\"", diagnostic.Message);
        Assert.Contains("goatcounter", diagnostic.Hint);
    }

    [Fact]
    public void Errors_on_a_script_that_is_not_https()
    {
        var (config, bag) = Parse("analytics:\n  provider: plausible\n  script: http://stats.example.org/js/script.js\n");

        Assert.Null(config);
        var diagnostic = bag.Single();
        Assert.Equal(("TS7007", "site.yml:7:11"), (diagnostic.Code, diagnostic.Location.ToString()));
        Assert.Contains("must be an https address", diagnostic.Message);
    }

    [Fact]
    public void Errors_when_goatcounter_has_no_code_and_on_unknown_keys()
    {
        var (_, missing) = Parse("analytics:\n  provider: goatcounter\n");
        var (_, unknown) = Parse("analytics:\n  provider: goatcounter\n  code: x\n  cookies: true\n");

        Assert.Equal(("TS7008", "site.yml:6:13"), (missing.Single().Code, missing.Single().Location.ToString()));
        Assert.Equal(DiagnosticCodes.ConfigUnknownKey, unknown.Single().Code);
    }
}
