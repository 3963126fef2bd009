using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrustSite.BrowserTests.Hosting;
using TrustSite.Configuration;

namespace TrustSite.BrowserTests.Support;

/// <summary>Finds forms and their fields the way a person does: by where the form posts, and by the fields' accessible names.</summary>
public static class Forms
{
    private static readonly Regex Email = new("e-?mail", RegexOptions.IgnoreCase);

    /// <summary>The form inside <paramref name="scope"/> that posts to the endpoint's action; fails with a clear message when there is none.</summary>
    public static async Task<ILocator> FindAsync(ILocator scope, FormEndpoint endpoint, string where)
    {
        var form = scope.Locator($"form[action=\"{endpoint.Action}\"]");
        Assert.True(await form.CountAsync() == 1, $"{where} should hold exactly one form posting to {endpoint.Action}, found {await form.CountAsync()}");
        return form;
    }

    /// <summary>The email box, by its accessible name: the honeypot is hidden from the accessibility tree and so never matches.</summary>
    public static ILocator EmailField(ILocator form) =>
        form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { NameRegex = Email });

    public static ILocator TextField(ILocator form, string word) =>
        form.GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { NameRegex = new Regex($@"\b{word}\b", RegexOptions.IgnoreCase) });

    public static ILocator SubmitButton(ILocator form) =>
        form.Locator("button:not([type]), button[type=submit], input[type=submit]").First;

    /// <summary>A person ticks a required consent box before sending; today's theme has none, a later one may.</summary>
    public static async Task TickRequiredCheckboxesAsync(ILocator form)
    {
        foreach (var box in await form.Locator("input[type=checkbox][required]").AllAsync())
        {
            await box.CheckAsync();
        }
    }

    /// <summary>The one submission carrying <paramref name="email"/> in the endpoint's email field.</summary>
    public static FormSubmission SingleSubmission(ImmutableArray<FormSubmission> received, FormEndpoint endpoint, string email)
    {
        var field = endpoint.FieldName("email");
        var matching = received.Where(s => s.Values(field).Contains(email)).ToArray();
        Assert.True(matching.Length == 1,
            $"expected one submission with {field}={email}, got {matching.Length}; the stub received:\n" + string.Join("\n", received));
        return matching[0];
    }

    /// <summary>The provider's hidden fields (a list id, "embed") arrive with the values site.yml gives them.</summary>
    public static void AssertHiddenFields(FormEndpoint endpoint, FormSubmission received)
    {
        foreach (var (name, value) in endpoint.Hidden)
        {
            Assert.True(received.Values(name).SequenceEqual([value]), $"hidden field {name} should arrive once as \"{value}\": {received}");
        }
    }
}
