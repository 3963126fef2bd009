using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class FormCheckerTests
{
    private static string[] FormCodes(BuildResult result) =>
        [.. result.Diagnostics.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "TS7020") >= 0 && string.CompareOrdinal(c, "TS7039") <= 0).Order(StringComparer.Ordinal)];

    private static string Page(string form) => $"-- content/about.md --\n---\ntitle: About\n---\n-- themes/plain/layouts/page.html --\n---\nlayout: base\n---\n{form}\n";

    [Fact]
    public void Warns_once_per_problem_of_a_bare_newsletter_form_repeated_on_pages()
    {
        using var site = new TempSite(Page("<form action=\"https://newsletter.example.org/subscribe\" method=\"post\"><input type=\"email\" name=\"email\"><button>Go</button></form>")
            + "-- content/more.md --\n---\ntitle: More\n---\n");

        var result = site.Check();

        Assert.Equal(["TS7020", "TS7021", "TS7022", "TS7023", "TS7027"], FormCodes(result));
        var label = result.WithCode(DiagnosticCodes.FormFieldWithoutLabel).Single();
        Assert.Equal("content/about.md", label.Location.ToString());
        Assert.Equal("the field 'email' of the newsletter form on /about/ has no label", label.Message);
        var address = result.WithCode(DiagnosticCodes.NewsletterWithoutPostalAddress).Single();
        Assert.Equal("site.yml:4:3", address.Location.ToString());
        Assert.Contains("CAN-SPAM", address.Message);
        Assert.Contains("privacy page", result.WithCode(DiagnosticCodes.FormWithoutConsent).Single().Hint);
    }

    [Fact]
    public void Accepts_a_form_with_honeypot_consent_link_labels_thank_you_page_and_postal_address()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter:
              action: https://newsletter.example.org/subscribe
              thankYou: /newsletter/thanks/
              postalAddress: PO Box 1, Orlando, FL 32801
            -- content/privacy.md --
            ---
            title: Privacy
            ---
            -- content/thanks.md --
            ---
            title: Thanks
            url: /newsletter/thanks/
            ---
            """ + "\n" + Page("""
            <form action="https://newsletter.example.org/subscribe" method="post">
            <label for="e">Email</label><input id="e" type="email" name="email">
            <div aria-hidden="true"><label for="hp">Leave empty</label><input id="hp" type="text" name="website" tabindex="-1"></div>
            <p>Read the <a href="/privacy/">privacy page</a>.</p>
            <button>Go</button>
            </form>
            """));

        var result = site.Check();

        Assert.Empty(FormCodes(result));
    }

    [Fact]
    public void Wants_the_contact_form_to_ask_how_to_reach_someone_safely_and_to_say_what_not_to_write()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            contact:
              form:
                provider: formspree
                id: abc
                thankYou: /contact/thanks/
            newsletter:
              action: https://newsletter.example.org/subscribe
            """ + "\n" + Page("""
            <form action="https://formspree.io/f/abc" method="post">
            <label for="n">Name</label><input id="n" name="name">
            <label for="e">Email</label><input id="e" type="email" name="email">
            <label for="m">Message</label><textarea id="m" name="message"></textarea>
            </form>
            """));

        var result = site.Check();

        var missing = result.WithCode(DiagnosticCodes.ContactFormFieldMissing).Single();
        Assert.Equal("the contact form on /about/ does not ask for a phone number, the preferred way to be contacted, whether a voicemail or text is acceptable",
            missing.Message);
        Assert.Single(result.WithCode(DiagnosticCodes.ContactFormWithoutNote));
        var thanks = result.WithCode(DiagnosticCodes.FormThankYouMissing).Single();
        Assert.Equal("the contact form's thank-you page /contact/thanks/ does not exist", thanks.Message);
        var health = result.WithCode(DiagnosticCodes.FormHealthData).Single();
        Assert.Equal(Severity.Warning, health.Severity);
        Assert.Contains("formspree.io", health.Message);
        Assert.Contains("business associate agreement", health.Hint);
    }

    [Fact]
    public void The_sample_site_has_every_form_right_but_warns_that_its_form_service_may_not_receive_health_information()
    {
        using var copy = SampleSiteCopy.Create();

        var result = Check(copy.Root);

        Assert.Equal(["TS7026"], FormCodes(result));
        Assert.StartsWith("site.yml:3", result.WithCode(DiagnosticCodes.FormHealthData).Single().Location.ToString());
        copy.Replace("site.yml", "    thankYou: /contact/thanks/\n", "    thankYou: /contact/thanks/\n    healthDataOk: true\n");
        Assert.Empty(FormCodes(Check(copy.Root)));
    }

    private static BuildResult Check(string root) =>
        new SiteBuilder(new FixedTime(SampleSiteCopy.Now), _ => null).Build(new BuildOptions(root, "public", WriteOutput: false));
}
