using TrustSite.BrowserTests.Hosting;

namespace TrustSite.BrowserTests;

/// <summary>The fixture changes only the forms' `action:` lines of site.yml, so the site under test is the sample as written.</summary>
public sealed class FormActionRewriterTests
{
    private static readonly Dictionary<string, Uri> Stubs = new(StringComparer.Ordinal)
    {
        ["newsletter.action"] = new Uri("http://127.0.0.1:5001/newsletter"),
        ["contact.form.action"] = new Uri("http://127.0.0.1:5001/contact"),
    };

    [Fact]
    public void Rewrites_the_action_of_each_form_and_nothing_else()
    {
        const string yaml = """
            title: "Site"   # action: not this one
            contact:
              action: "https://example.org/not-the-form"
              form:
                action: "https://formspree.io/f/ID"    # PLACEHOLDER
                fields:
                  email: email
            newsletter:
              action: "https://buttondown.com/api/emails/embed-subscribe/ACCOUNT"
              fields: { email: email }
            """;

        var rewritten = FormActionRewriter.Rewrite(yaml, Stubs);

        Assert.Equal("""
            title: "Site"   # action: not this one
            contact:
              action: "https://example.org/not-the-form"
              form:
                action: "http://127.0.0.1:5001/contact"
                fields:
                  email: email
            newsletter:
              action: "http://127.0.0.1:5001/newsletter"
              fields: { email: email }
            """, rewritten);
    }

    [Fact]
    public void Adds_an_action_to_a_form_set_up_by_a_provider_preset()
    {
        const string yaml = """
            contact:
              form:
                provider: formspree
                id: "ID"
            newsletter:
              provider: buttondown
              account: "ACCOUNT"
            """;

        var rewritten = FormActionRewriter.Rewrite(yaml, Stubs);

        Assert.Equal("""
            contact:
              form:
                action: "http://127.0.0.1:5001/contact"
                provider: formspree
                id: "ID"
            newsletter:
              action: "http://127.0.0.1:5001/newsletter"
              provider: buttondown
              account: "ACCOUNT"
            """, rewritten);
    }

    [Fact]
    public void Refuses_a_site_yml_whose_form_is_a_flow_mapping()
    {
        const string yaml = """
            newsletter: { provider: buttondown }
            contact:
              form: { action: "https://formspree.io/f/ID" }
            """;

        var error = Assert.Throws<InvalidOperationException>(() => FormActionRewriter.Rewrite(yaml, Stubs));

        Assert.Contains("newsletter.action, contact.form.action", error.Message);
    }
}
