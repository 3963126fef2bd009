using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Privacy;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Privacy;

public sealed class PrivacySummaryTests
{
    private static readonly SourceLocation Somewhere = new("public/index.html", 1, 1);

    [Fact]
    public void Names_each_other_company_sorted_with_what_it_serves()
    {
        var report = Report(
            [Finding("www.youtube.com", ResourceKind.Frame, "YouTube"), Finding("fonts.gstatic.com", ResourceKind.Font, "Google Fonts"),
             Finding("fonts.gstatic.com", ResourceKind.Hint, "Google Fonts"), Finding("img.example.com", ResourceKind.Image, null)],
            [new StorageUse(BrowserStorage.LocalStorage, "localStorage", Somewhere, true), new StorageUse(BrowserStorage.Cookies, "document.cookie", Somewhere, true)]);

        var english = PrivacySummary.Write(report, "en");
        var spanish = PrivacySummary.Write(report, "es-MX");

        Assert.Equal("This site loads content from other companies: fonts.gstatic.com (Google Fonts: fonts and advance connections); "
            + "img.example.com (images); www.youtube.com (YouTube: embedded content). Its scripts keep information in your browser: cookies and local storage.",
            english);
        Assert.Equal("Este sitio carga contenido de otras empresas: fonts.gstatic.com (Google Fonts: tipos de letra y conexiones anticipadas); "
            + "img.example.com (imágenes); www.youtube.com (YouTube: contenido incrustado). Sus scripts guardan información en su navegador: cookies y almacenamiento local.",
            spanish);
    }

    [Fact]
    public void Says_once_when_both_forms_go_to_one_service()
    {
        var allowed = new[] { new AllowedHost("forms.example.com", AllowReason.ContactForm, Somewhere), new AllowedHost("forms.example.com", AllowReason.NewsletterForm, Somewhere) };
        var report = Report([Finding("forms.example.com", ResourceKind.Form, null)], []) with { AllowedHosts = [.. allowed] };

        Assert.Equal("This site loads nothing from other companies. The contact form and the newsletter signup are sent to forms.example.com. "
            + "Its pages set no cookies and keep nothing in your browser.", PrivacySummary.Write(report, "en"));
        Assert.Equal("Este sitio no carga nada de otras empresas. El formulario de contacto y la suscripción al boletín se envían a forms.example.com. "
            + "Sus páginas no crean cookies ni guardan nada en su navegador.", PrivacySummary.Write(report, "es"));
    }

    [Fact]
    public void Promises_from_site_yml_what_a_passing_audit_guarantees()
    {
        var config = TestConfig.Parse("privacy:\n  allow: [https://player.vimeo.com]\n  storage: [sessionStorage]\n");

        var promise = PrivacySummary.Promise(config, "en");

        Assert.Equal("This site may load content from other companies: player.vimeo.com (Vimeo). The newsletter signup is sent to n.example.org. "
            + "Its scripts may keep information in your browser: session storage.", promise);
    }

    [Fact]
    public void Speaks_english_for_a_language_it_does_not_know_yet()
    {
        var report = Report([], []);

        Assert.Equal(PrivacySummary.Write(report, "en"), PrivacySummary.Write(report, "fr"));
    }

    private static HostFinding Finding(string host, ResourceKind kind, string? tracker) =>
        new(host, kind, $"https://{host}/", "test", Somewhere, tracker is null ? null : new Tracker(host, tracker, TrackerCategory.Video), true);

    private static PrivacyReport Report(HostFinding[] findings, StorageUse[] storage) =>
        new("example.org", 1, [.. findings], [.. storage], [], [], [], []);
}
