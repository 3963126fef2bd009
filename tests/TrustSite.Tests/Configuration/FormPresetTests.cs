using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public class FormPresetTests
{
    private const string Base = "title: A\nbaseUrl: https://example.org/ministry/\n";

    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new SiteConfigLoader().Parse(Base + yaml, bag), bag);
    }

    [Fact]
    public void Buttondown_posts_to_the_accounts_embed_address()
    {
        var form = Parse("newsletter:\n  provider: buttondown\n  account: renewed-trust\n").Config!.Newsletter.Form!;

        Assert.Equal("https://buttondown.com/api/emails/embed-subscribe/renewed-trust", form.Action);
        Assert.Equal("email", form.FieldName("email"));
        Assert.Equal("", form.FieldName("name"));
        Assert.Contains(new KeyValuePair<string, string>("embed", "1"), form.Hidden);
    }

    [Fact]
    public void Mailchimp_uses_its_field_names_and_its_own_bot_trap()
    {
        var form = Parse("newsletter:\n  provider: mailchimp\n  server: us21\n  user: abc123\n  list: def456\n").Config!.Newsletter.Form!;

        Assert.Equal("https://us21.list-manage.com/subscribe/post?u=abc123&id=def456", form.Action);
        Assert.Equal("EMAIL", form.FieldName("email"));
        Assert.Equal("FNAME", form.FieldName("name"));
        Assert.Equal("b_abc123_def456", form.FieldName("honeypot"));
    }

    [Fact]
    public void Kit_and_mailerlite_use_their_own_field_names()
    {
        var kit = Parse("newsletter:\n  provider: kit\n  form: \"1234567\"\n").Config!.Newsletter.Form!;
        var mailerlite = Parse("newsletter:\n  provider: mailerlite\n  account: \"111\"\n  form: \"222\"\n").Config!.Newsletter.Form!;

        Assert.Equal("https://app.kit.com/forms/1234567/subscriptions", kit.Action);
        Assert.Equal("email_address", kit.FieldName("email"));
        Assert.Equal("fields[first_name]", kit.FieldName("name"));
        Assert.Equal("https://assets.mailerlite.com/jsonp/111/forms/222/subscribe", mailerlite.Action);
        Assert.Equal("fields[email]", mailerlite.FieldName("email"));
        Assert.Contains(new KeyValuePair<string, string>("ml-submit", "1"), mailerlite.Hidden);
    }

    [Fact]
    public void Formspree_gets_the_absolute_thank_you_address_in_its_next_field()
    {
        var form = Parse("contact:\n  form:\n    provider: formspree\n    id: xyzabc\n    thankYou: /contact/thanks/\n").Config!.Contact.Form!;

        Assert.Equal("https://formspree.io/f/xyzabc", form.Action);
        Assert.Equal("_gotcha", form.FieldName("honeypot"));
        Assert.Contains(new KeyValuePair<string, string>("_next", "https://example.org/ministry/contact/thanks/"), form.Hidden);
    }

    [Fact]
    public void Netlify_posts_to_the_thank_you_page_with_its_attributes_and_form_name()
    {
        var form = Parse("contact:\n  form:\n    provider: netlify\n    thankYou: /contact/thanks/\n").Config!.Contact.Form!;

        Assert.Equal("/contact/thanks/", form.Action);
        Assert.Equal("bot-field", form.FieldName("honeypot"));
        Assert.Contains(new KeyValuePair<string, string>("data-netlify", "true"), form.Attributes);
        Assert.Contains(new KeyValuePair<string, string>("form-name", "contact"), form.Hidden);
    }

    [Fact]
    public void A_generic_form_takes_its_action_and_field_names_from_the_config()
    {
        var form = Parse("contact:\n  form:\n    action: https://forms.example.org/in\n    fields:\n      email: reply_to\n").Config!.Contact.Form!;

        Assert.Equal("generic", form.Provider);
        Assert.Equal("https://forms.example.org/in", form.Action);
        Assert.Equal("reply_to", form.FieldName("email"));
        Assert.Equal("message", form.FieldName("message"));
    }

    [Fact]
    public void An_action_overrides_a_presets_address_and_keeps_its_fields()
    {
        var form = Parse("newsletter:\n  provider: mailchimp\n  server: us21\n  user: a\n  list: b\n  action: http://127.0.0.1:5000/stub\n").Config!.Newsletter.Form!;

        Assert.Equal("http://127.0.0.1:5000/stub", form.Action);
        Assert.Equal("EMAIL", form.FieldName("email"));
    }

    [Fact]
    public void Errors_on_an_incomplete_preset_at_the_provider_line()
    {
        var (config, bag) = Parse("newsletter:\n  pitch: Hi\n  provider: mailchimp\n  server: us21\n");

        Assert.Null(config);
        var errors = bag.ToSortedArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal(new SourceLocation("site.yml", 5, 13), e.Location));
        Assert.Contains(errors, e => e.Message == "newsletter provider \"mailchimp\" needs 'user'");
    }

    [Fact]
    public void Errors_on_an_unknown_provider_with_a_suggestion()
    {
        var (_, bag) = Parse("newsletter:\n  provider: buttondwn\n");

        var diagnostic = bag.Single();
        Assert.Equal("did you mean 'buttondown'?", diagnostic.Hint);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void Warns_when_no_newsletter_is_configured()
    {
        var (config, bag) = Parse("");

        Assert.NotNull(config);
        var warning = bag.Single();
        Assert.False(warning.IsError);
        Assert.Equal(DiagnosticCodes.FormNotConfigured, warning.Code);
    }
}
