using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>Runs an action that leads the page elsewhere (a click, a form submission) and returns the response of the page it lands on.</summary>
public static class PageNavigation
{
    public static async Task<IResponse> RunAndWaitForPageAsync(IPage page, Func<Task> action)
    {
        // The landing page is the main frame's first document that is not a redirect (a form's 303, a folder's 301).
        var response = await page.RunAndWaitForResponseAsync(action, r =>
            r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForURLAsync(response.Url);
        return response;
    }

    public static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;
}
