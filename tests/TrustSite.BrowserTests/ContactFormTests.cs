using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>A visitor writes to the counselor from the contact page, with and without JavaScript, and the form service gets what it expects.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactFormTests(BrowserFixture site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sending_a_message_posts_name_email_phone_preferences_and_message_with_an_empty_honeypot_and_lands_on_the_thank_you_page(bool javaScriptEnabled)
    {
        await using var context = await site.NewContextAsync(javaScriptEnabled: javaScriptEnabled);
        var page = await context.NewPageAsync();
        var email = $"visitor-{(javaScriptEnabled ? "js" : "no-js")}@example.org";
        const string name = "Ruth Example";
        const string message = "Could you call me on Tuesday morning?";
        await page.GotoAsync(SitePages.Contact);
        var form = await Forms.FindAsync(page.GetByRole(AriaRole.Main), site.Contact, "the contact page");
        await Forms.TextField(form, "name").FillAsync(name);
        await Forms.EmailField(form).FillAsync(email);
        await Forms.TextField(form, "phone").FillAsync("407 555 0100");
        await form.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = "A text message" }).CheckAsync();
        await Forms.TextField(form, "message").FillAsync(message);
        await Forms.TickRequiredCheckboxesAsync(form);

        var landed = await PageNavigation.RunAndWaitForPageAsync(page, () => Forms.SubmitButton(form).ClickAsync());

        var received = Forms.SingleSubmission(site.Stubs.ReceivedBy(BrowserFixture.ContactStub), site.Contact, email);
        Assert.Equal("POST", received.Method);
        Assert.Equal([name], received.Values(site.Contact.FieldName("name")));
        Assert.Equal([email], received.Values(site.Contact.FieldName("email")));
        Assert.Equal([message], received.Values(site.Contact.FieldName("message")));
        Assert.Equal(["407 555 0100"], received.Values(site.Contact.FieldName("phone")));
        Assert.Equal(["text"], received.Values(site.Contact.FieldName("contactMethod")));
        // No voicemail or text unless the visitor says so: someone else may see the phone.
        Assert.Equal(["no"], received.Values(site.Contact.FieldName("leaveMessage")));
        Assert.Equal([""], received.Values(site.Contact.FieldName("honeypot")));
        Forms.AssertHiddenFields(site.Contact, received);
        Assert.Equal(site.ContactThankYou.AbsolutePath, PageNavigation.PathOf(page));
        Assert.Equal(200, landed.Status);
    }
}
