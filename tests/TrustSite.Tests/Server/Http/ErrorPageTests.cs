using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Server.Http;
using TrustSite.Server.Rebuilding;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Server.Http;

public class ErrorPageTests
{
    [Fact]
    public void Shows_where_the_problem_is_with_the_lines_around_it_and_a_caret()
    {
        using var site = new TempSite("-- content/hope.md --\n---\ntitle: Hope\ndate: 2024-02-30\ntags: [a]\n---\nBody <b>\n");
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.InvalidDate, new SourceLocation("content/hope.md", 3, 7),
            "'date' is not a valid date: \"2024-02-30\" (February has 29 days at most)", "dates look like 2024-05-01");
        var state = new PreviewState("x-1", ["*"], [diagnostic], new SourceTextCache(site.Root));

        var page = new HtmlParser().ParseDocument(ErrorPage.Render(state, "/articles/hope/"));

        Assert.Equal("content/hope.md:3:7: error TS2004", page.QuerySelector("h2")!.TextContent);
        Assert.Contains("February has 29 days", page.QuerySelector("section p")!.TextContent);
        var code = page.QuerySelector("pre")!.TextContent;
        Assert.Equal("1 | ---\n2 | title: Hope\n3 | date: 2024-02-30\n  |       ^\n4 | tags: [a]\n5 | ---\n", code);
        Assert.Equal("3 | date: 2024-02-30", page.QuerySelector(".at")!.TextContent);
        Assert.Equal("Hint: dates look like 2024-05-01", page.QuerySelector(".hint")!.TextContent);
        Assert.Equal("/articles/hope/?last-good", page.QuerySelector("main > p a")!.GetAttribute("href"));
        Assert.Contains("1 error, 0 warnings", page.QuerySelector("main > p")!.TextContent);
    }

    [Fact]
    public void Offers_no_last_good_version_when_no_build_ever_wrote_the_page()
    {
        using var site = new TempSite("-- content/x.md --\nx\n");
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.FrontMatterSyntax, new SourceLocation("content/x.md", 1, 1), "bad");
        var state = new PreviewState("x-1", ["*"], [diagnostic], new SourceTextCache(site.Root));

        var page = new HtmlParser().ParseDocument(ErrorPage.Render(state, "/x/", hasLastGood: false));

        Assert.Null(page.QuerySelector("main > p a"));
        Assert.Contains("no last good version of it to show yet", page.QuerySelector("main > p")!.TextContent);
    }

    [Fact]
    public void Escapes_what_it_shows()
    {
        using var site = new TempSite("-- content/x.md --\n<script>alert(1)</script>\n");
        var diagnostic = new Diagnostic(Severity.Error, "TS9999", new SourceLocation("content/x.md", 1, 1), "bad <script>");
        var state = new PreviewState("x-1", ["*"], [diagnostic], new SourceTextCache(site.Root));

        var html = ErrorPage.Render(state, "/\"><script>");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
