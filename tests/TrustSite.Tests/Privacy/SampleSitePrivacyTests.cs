using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Privacy;
using TrustSite.Tests.Golden;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Privacy;

/// <summary>The ministry's sample site, as built from the repository, keeps its visitors to itself and its two form services.</summary>
public sealed class SampleSitePrivacyTests(SampleSiteTests.BuiltSample sample) : IClassFixture<SampleSiteTests.BuiltSample>
{
    [Fact]
    public void Passes_the_audit_with_no_other_host_than_its_two_form_endpoints()
    {
        var config = SampleConfig();

        var report = PrivacyAuditor.Audit(sample.Output, config);

        Assert.True(report.Passed, report.Failures.Describe());
        Assert.Empty(report.Warnings);
        Assert.Equal(["buttondown.com", "formspree.io"], report.ThirdPartyHosts.AsEnumerable());
        Assert.All(report.Findings, f => Assert.Equal((ResourceKind.Form, true, null), (f.Kind, f.IsAllowed, f.Tracker)));
        Assert.Empty(report.StorageUses);
        Assert.Empty(report.Trackers);
        Assert.Equal(sample.Files.Keys.Count(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)
            || f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)), report.FilesRead);
        Assert.Contains(sample.Files.Keys, f => f.StartsWith("js/quick-exit.", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarises_the_sample_site_in_english_and_spanish()
    {
        var report = PrivacyAuditor.Audit(sample.Output, SampleConfig());

        Assert.Equal("This site loads nothing from other companies. The contact form is sent to formspree.io; the newsletter signup to buttondown.com. "
            + "Its pages set no cookies and keep nothing in your browser.", PrivacySummary.Write(report, "en"));
        Assert.Equal("Este sitio no carga nada de otras empresas. El formulario de contacto se envía a formspree.io; la suscripción al boletín, a buttondown.com. "
            + "Sus páginas no crean cookies ni guardan nada en su navegador.", PrivacySummary.Write(report, "es"));
    }

    [Fact]
    public void Every_page_and_the_headers_send_no_referrer_to_other_sites()
    {
        var headers = System.Text.Encoding.UTF8.GetString(sample.Files["_headers"]);

        Assert.Contains("\n  Referrer-Policy: same-origin\n", headers);
        Assert.Equal("same-origin", TrustSite.Output.HostFiles.ReferrerPolicy);
        var pages = sample.HtmlFiles.Where(f => !sample.IsRedirect(f)).ToList();
        Assert.Contains("articles/did-you-fail-your-partner/index.html", pages);
        Assert.All(pages, page => Assert.Equal("same-origin", sample.Page(page).QuerySelector("meta[name=referrer]")?.GetAttribute("content")));
    }

    [Fact]
    public void Shows_the_summary_on_the_english_and_spanish_privacy_pages_as_the_audit_finds_it()
    {
        var report = PrivacyAuditor.Audit(sample.Output, SampleConfig());

        var english = sample.Page("privacy/index.html").QuerySelector(".privacy-summary")?.TextContent;
        var spanish = sample.Page("es/privacidad/index.html").QuerySelector(".privacy-summary")?.TextContent;

        Assert.Equal(PrivacySummary.Write(report, "en"), english);
        Assert.Equal(PrivacySummary.Write(report, "es"), spanish);
    }

    [Fact]
    public void Counts_no_visits_since_analytics_is_off_by_default()
    {
        Assert.Null(SampleConfig().Analytics);
        // The only script is the site's own quick-exit button; nothing counts visits.
        Assert.All(sample.HtmlFiles, page => Assert.All(sample.Page(page).QuerySelectorAll("script[src]"),
            script => Assert.Matches(@"^/js/quick-exit\.[0-9a-f]+\.js$", script.GetAttribute("src"))));
    }

    private static SiteConfig SampleConfig()
    {
        var bag = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(RepoPaths.Root, bag);
        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        return config!;
    }
}
