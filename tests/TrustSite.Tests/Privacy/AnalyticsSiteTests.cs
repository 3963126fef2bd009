using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Privacy;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Privacy;

/// <summary>Cookieless analytics, once chosen in site.yml: on ordinary pages, never where someone reaches out or is in crisis.</summary>
public class AnalyticsSiteTests
{
    private const string Site = """
        -- site.yml --
        title: T
        baseUrl: https://example.org/
        theme: trust
        analytics:
          provider: goatcounter
          code: renewed
        contact:
          form:
            provider: formspree
            id: abc
            thankYou: /contact/thanks/
        newsletter:
          action: https://n.example.org/subscribe
          postalAddress: PO Box 1, Orlando, FL 32801
        -- content/articles/hope.md --
        ---
        title: Hope
        date: 2025-01-01
        ---
        Text.
        -- content/articles/tonight.md --
        ---
        title: If you are not safe tonight
        date: 2025-01-02
        crisis: true
        ---
        Call 988.
        -- content/contact.md --
        ---
        title: Contact
        layout: contact
        ---
        Write.
        -- content/contact-thanks.md --
        ---
        title: Thanks
        url: /contact/thanks/
        ---
        Thank you.
        -- content/privacy.md --
        ---
        title: Privacy
        ---
        {{< privacy-summary >}}
        """;

    [Fact]
    public void Counts_articles_but_not_the_contact_thank_you_and_crisis_pages()
    {
        using var site = new TempSite(Site).WithTrustTheme();

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        Assert.Equal("https://renewed.goatcounter.com/count", Script(site, "articles/hope/index.html")?.GetAttribute("data-goatcounter"));
        Assert.NotNull(Script(site, "index.html"));
        Assert.Null(Script(site, "articles/tonight/index.html"));
        Assert.Null(Script(site, "contact/index.html"));
        Assert.Null(Script(site, "contact/thanks/index.html"));
    }

    [Fact]
    public void Allows_its_hosts_in_the_policy_and_the_audit_and_says_so_on_the_privacy_page()
    {
        using var site = new TempSite(Site).WithTrustTheme();
        site.Build();
        var config = new TrustSite.Configuration.SiteConfigLoader().Load(site.Root, new DiagnosticBag())!;

        var report = PrivacyAuditor.Audit(site.Output, config);

        Assert.True(report.Passed, report.Failures.Describe());
        Assert.Contains("script-src 'self' https://gc.zgo.at;", site.ReadOutput("_headers"));
        Assert.Contains(report.AllowedHosts, a => a.Host == "gc.zgo.at" && a.Reason == AllowReason.Analytics);
        Assert.Contains("gc.zgo.at", report.ThirdPartyHosts);
        var summary = new HtmlParser().ParseDocument(site.ReadOutput("privacy/index.html")).QuerySelector(".privacy-summary")!.TextContent;
        Assert.StartsWith("Apart from the visit counter below, this site loads nothing from other companies. Visits are counted with GoatCounter "
            + "(gc.zgo.at, renewed.goatcounter.com), which sets no cookies", summary);
        Assert.Contains("The contact form is sent to formspree.io; the newsletter signup to n.example.org.", summary);
    }

    private static AngleSharp.Dom.IElement? Script(TempSite site, string page) =>
        new HtmlParser().ParseDocument(site.ReadOutput(page)).QuerySelector("script[src='https://gc.zgo.at/count.js']");
}
