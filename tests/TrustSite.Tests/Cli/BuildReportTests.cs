using System.Collections.Immutable;
using TrustSite.Build;
using TrustSite.Cli;
using TrustSite.Diagnostics;
using TrustSite.Pages;

namespace TrustSite.Tests.Cli;

public class BuildReportTests
{
    [Fact]
    public void Summarises_a_large_build_with_page_nouns_plurals_and_thousands_separators()
    {
        var pages = new Dictionary<PageKind, int>
        {
            [PageKind.Home] = 201, [PageKind.Article] = 2_000, [PageKind.Section] = 201, [PageKind.Taxonomy] = 1, [PageKind.Term] = 12,
            [PageKind.Archive] = 1, [PageKind.NotFound] = 1, [PageKind.Alias] = 2_000,
        }.ToImmutableDictionary();
        var result = new BuildResult([], pages, 1_203, Drafts: 1, Future: 1_200, Expired: 2,
            [new StageTiming("content", TimeSpan.FromMilliseconds(1_500)), new StageTiming("render", TimeSpan.FromMilliseconds(250))]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        BuildReport.Write(result, new BuildOptions("/site", "public"), stdout, stderr, new DiagnosticFormatter(new SourceTextCache("/site"), false), quiet: false);

        Assert.Equal("""
            Built 4,417 pages (201 home pages, 2,000 articles, 201 list pages, 1 taxonomy index, 12 term pages, 1 archive page, 1 404 page, 2,000 redirects) and copied 1,203 files into public/ in 1.75 s.
            Left out: 1 draft, 1,200 scheduled for later, 2 expired (use --drafts or --future to include them).
            Time by stage: content 1500 ms, render 250 ms

            """, stdout.ToString());
        Assert.Equal("", stderr.ToString());
    }
}
