namespace TrustSite.BrowserTests.Support;

/// <summary>The pages issue 3 asks to check in a browser, as rows for theories.</summary>
public static class SitePages
{
    public const string Home = "/";

    /// <summary>The seed article, the one the ministry's site started from.</summary>
    public const string Article = "/articles/did-you-fail-your-partner/";

    /// <summary>The page of the seed article's first tag, at the address issue 4 gives tag pages (/tags/&lt;slug&gt;/).</summary>
    public const string TagPage = "/tags/infidelity/";

    public const string Contact = "/contact/";

    public const string Newsletter = "/newsletter/";

    public const string Privacy = "/privacy/";

    /// <summary>How to read the site without leaving traces, linked from every page's footer.</summary>
    public const string BrowseSafely = "/browse-safely/";

    /// <summary>The No Surprises Act notice the sample site.yml asks TrustSite to generate.</summary>
    public const string GoodFaithEstimate = "/good-faith-estimate/";

    /// <summary>A missing address two folders deep, so the 404 page's links and styles must not depend on where it is served.</summary>
    public const string Missing = "/articles/no-such-article/deeper/";

    public static readonly string[] All = [Home, Article, TagPage, Contact, Newsletter, Privacy, BrowseSafely, GoodFaithEstimate, Missing];

    /// <summary>The status a page is served with: 404 for the missing address, 200 for every other.</summary>
    public static int ExpectedStatus(string path) => path == Missing ? 404 : 200;

    /// <summary>Why a page may be missing today, for failure messages.</summary>
    public static string Note(string path) => path == TagPage ? " (tag pages come with issue 4)" : "";

    /// <summary>Every page in the given viewports, as (path, width, scheme) rows.</summary>
    public static TheoryData<string, int, string> In(params (int Width, string Scheme)[] viewports)
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var path in All)
        {
            foreach (var (width, scheme) in viewports)
            {
                rows.Add(path, width, scheme);
            }
        }
        return rows;
    }

    public static TheoryData<string> Paths()
    {
        var rows = new TheoryData<string>();
        foreach (var path in All)
        {
            rows.Add(path);
        }
        return rows;
    }
}
