using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>A reader subscribes from the newsletter page or from the footer, with and without JavaScript, and the provider gets what it expects.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsletterFormTests(BrowserFixture site)
{
    public const string NewsletterPage = "newsletter page";
    public const string Footer = "footer";

    [Theory]
    [InlineData(NewsletterPage, true)]
    [InlineData(NewsletterPage, false)]
    [InlineData(Footer, true)]
    [InlineData(Footer, false)]
    public async Task Subscribing_sends_the_configured_fields_with_an_empty_honeypot_and_lands_on_the_thank_you_page(string place, bool javaScriptEnabled)
    {
        await using var context = await site.NewContextAsync(javaScriptEnabled: javaScriptEnabled);
        var page = await context.NewPageAsync();
        var email = $"reader-{place.Replace(' ', '-')}-{(javaScriptEnabled ? "js" : "no-js")}@example.org";
        await page.GotoAsync(place == Footer ? SitePages.Article : SitePages.Newsletter);
        var landmark = page.GetByRole(place == Footer ? AriaRole.Contentinfo : AriaRole.Main);
        var form = await Forms.FindAsync(landmark, site.Newsletter, $"the {place}");
        await Forms.EmailField(form).FillAsync(email);
        // The first name is optional and only on the newsletter page; when the form has it, it must reach the provider too.
        var firstName = Forms.TextField(form, "first name");
        var hasFirstName = await firstName.CountAsync() == 1;
        if (hasFirstName)
        {
            await firstName.FillAsync("Ruth");
        }
        await Forms.TickRequiredCheckboxesAsync(form);

        var landed = await PageNavigation.RunAndWaitForPageAsync(page, () => Forms.SubmitButton(form).ClickAsync());

        var received = Forms.SingleSubmission(site.Stubs.ReceivedBy(BrowserFixture.NewsletterStub), site.Newsletter, email);
        Assert.Equal("POST", received.Method);
        Assert.Equal([email], received.Values(site.Newsletter.FieldName("email")));
        Assert.Equal([""], received.Values(site.Newsletter.FieldName("honeypot")));
        if (hasFirstName)
        {
            Assert.Equal(["Ruth"], received.Values(site.Newsletter.FieldName("name")));
        }
        Forms.AssertHiddenFields(site.Newsletter, received);
        Assert.Equal(site.NewsletterThankYou.AbsolutePath, PageNavigation.PathOf(page));
        Assert.Equal(200, landed.Status);
    }
}
