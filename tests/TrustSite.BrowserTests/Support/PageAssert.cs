using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>Checks that a page loaded as expected before a test looks at it, so a missing page fails for that reason and not for another.</summary>
public static class PageAssert
{
    public static void Served(IResponse response, string path)
    {
        var expected = SitePages.ExpectedStatus(path);
        Assert.True(response.Status == expected, $"{path} was served with {response.Status}, expected {expected}{SitePages.Note(path)}");
    }
}
