using System.Text.Json;
using TrustSite.Privacy;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Privacy;

public sealed class PrivacyReportJsonTests
{
    [Fact]
    public void Writes_findings_trackers_allowed_hosts_and_failures_with_their_places()
    {
        using var site = new TempSite("""
            -- public/index.html --
            <!DOCTYPE html>
            <script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
            <form action="https://n.example.org/subscribe"></form>
            """, withDefaults: false);
        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        using var json = JsonDocument.Parse(PrivacyReportJson.ToJson(report));

        var root = json.RootElement;
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal("example.org", root.GetProperty("site").GetString());
        Assert.StartsWith("This site loads content from other companies: www.googletagmanager.com", root.GetProperty("summary").GetString());
        var allowed = Assert.Single(root.GetProperty("allowedHosts").EnumerateArray());
        Assert.Equal(("n.example.org", "newsletterForm"), (allowed.GetProperty("host").GetString(), allowed.GetProperty("reason").GetString()));
        var tracker = Assert.Single(root.GetProperty("trackers").EnumerateArray());
        Assert.Equal(("Google Analytics (gtag.js)", "analytics", false),
            (tracker.GetProperty("name").GetString(), tracker.GetProperty("category").GetString(), tracker.GetProperty("allowed").GetBoolean()));
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(("script", "script src", "public/index.html", 2, 20),
            (finding.GetProperty("kind").GetString(), finding.GetProperty("via").GetString(), finding.GetProperty("path").GetString(),
             finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal("TS7001", failure.GetProperty("code").GetString());
    }

    [Fact]
    public void Writes_the_same_bytes_for_the_same_site_hosts_sorted_and_findings_in_page_order()
    {
        using var site = new TempSite("-- public/index.html --\n<img src=\"https://b.example/x.png\" alt=\"\"><img src=\"https://a.example/x.png\" alt=\"\">\n", withDefaults: false);

        var first = PrivacyReportJson.ToJson(PrivacyAuditor.Audit(site.Output, TestConfig.Default));
        var second = PrivacyReportJson.ToJson(PrivacyAuditor.Audit(site.Output, TestConfig.Default));

        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        Assert.Equal(["a.example", "b.example"], json.RootElement.GetProperty("thirdPartyHosts").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["b.example", "a.example"], json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("host").GetString()));
    }
}
