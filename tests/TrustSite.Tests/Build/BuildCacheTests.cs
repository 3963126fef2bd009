using TrustSite.Build;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Build;

/// <summary>
/// The preview's incremental builds must give exactly the site a clean build gives: after each edit below, the live folder
/// is compared byte for byte with a fresh build of the same sources.
/// </summary>
public class BuildCacheTests
{
    [Fact]
    public void Each_edit_gives_the_same_site_as_a_clean_build()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        var edits = new (string What, Action Edit)[]
        {
            ("an article's body", () => site.Replace("content/articles/did-you-fail-your-partner.md", "it is a slow process", "it is a slow and patient process")),
            ("an article's title", () => site.Replace("content/articles/did-you-fail-your-partner.md",
                "title: \"Did you fail your partner? 5 tips to rebuild their trust\"", "title: \"Did you fail your partner? Five ways to rebuild trust\"")),
            ("an article's tags", () => site.Replace("content/articles/did-you-fail-your-partner.md", "tags: [infidelity,", "tags: [patience, infidelity,")),
            ("a new article", () => site.Write("content/articles/new-hope.md", "---\ntitle: New hope\ndate: 2026-10-01\ntags: [hope, patience]\ncategories: [Marriage]\n---\nA short word of hope.\n")),
            ("an article's date", () => site.Replace("content/articles/new-hope.md", "date: 2026-10-01", "date: 2020-01-01")),
            ("an article made a draft", () => site.Replace("content/articles/new-hope.md", "title: New hope", "title: New hope\ndraft: true")),
            ("an article deleted", () => site.Delete("content/articles/new-hope.md")),
            ("a page", () => site.Replace("content/about.md", "---\n\n", "---\n\nA new first line.\n\n")),
            ("a Spanish translation", () => site.Write("content/es/articles/nueva-esperanza.md", "---\ntitle: Nueva esperanza\ndate: 2026-09-01\ntags: [esperanza]\n---\nUna palabra de esperanza.\n")),
            ("a data file", () => site.Write("content/_data/team.yml", "counselor: Ana\n")),
            ("a section's index", () => site.Replace("content/articles/_index.md", "---\n\n", "---\n\nEvery article, newest first.\n\n")),
            ("an alias", () => site.Replace("content/articles/praying-together-again.md", "title:", "aliases: [/old/praying/]\ntitle:")),
            ("site.yml", () => site.Replace("site.yml", "title: \"Renewed Trust\"", "title: \"Trust Renewed\"")),
            ("a theme partial", () => site.Replace("themes/trust/partials/footer.html", "<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-edited>")),
            ("a bundle image", () => site.Write("content/articles/a-letter-to-the-spouse-who-stayed/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>")),
        };

        foreach (var (what, edit) in edits)
        {
            edit();
            var result = live.Rebuild();
            var clean = site.CleanBuild();

            Assert.True(result.Succeeded, $"{what}: " + string.Join("\n", result.Diagnostics));
            AssertSameFiles(clean, site.Snapshot(live.Folder.Path), what);
        }
    }

    [Fact]
    public void A_theme_that_lists_every_article_on_every_page_gets_every_page_rendered_after_a_title_edit()
    {
        using var site = SampleSiteCopy.Create();
        site.Replace("themes/trust/partials/footer.html", "<footer class=\"site-footer\">",
            "<footer class=\"site-footer\"><ul>{{ for a in site.articles }}<li>{{ a.title }}</li>{{ end }}</ul>");
        var live = new Preview(site);
        live.Rebuild();

        site.Replace("content/articles/five-conversations-that-rebuild-intimacy.md", "title: \"", "title: \"Edited: ");
        live.Rebuild();

        AssertSameFiles(site.CleanBuild(), site.Snapshot(live.Folder.Path), "title edit");
        Assert.Contains("Edited: ", File.ReadAllText(Path.Combine(live.Folder.Path, "about", "index.html")));
    }

    [Fact]
    public void A_body_edit_renders_only_the_pages_that_show_the_article()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        var first = live.Rebuild();
        var all = live.Cache.PagesRendered;

        site.Replace("content/about.md", "---\n\n", "---\n\nA new first line.\n\n");
        live.Rebuild();

        Assert.True(first.Succeeded);
        Assert.True(all > 40, $"the first build renders every page, not {all}");
        Assert.InRange(live.Cache.PagesRendered, 1, 2);
    }

    [Fact]
    public void Nothing_is_rendered_or_written_again_when_nothing_changed()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        var written = live.Folder.FilesWritten;

        live.Rebuild();

        Assert.Equal(0, live.Cache.PagesRendered);
        Assert.Equal(written, live.Folder.FilesWritten);
    }

    [Fact]
    public void A_failed_build_leaves_the_live_site_and_the_next_good_one_recovers()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        var before = site.Snapshot(live.Folder.Path);

        site.Replace("content/about.md", "title:", "title: [unclosed");
        var failed = live.Rebuild();
        var during = site.Snapshot(live.Folder.Path);
        site.Replace("content/about.md", "title: [unclosed", "title:");
        var recovered = live.Rebuild();

        Assert.False(failed.Succeeded);
        Assert.Equal(before.Keys, during.Keys);
        Assert.True(recovered.Succeeded);
        AssertSameFiles(site.CleanBuild(), site.Snapshot(live.Folder.Path), "after recovery");
    }

    [Fact]
    public void A_same_length_edit_in_the_same_instant_is_seen_once_the_file_is_marked_changed()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        var path = Path.Combine(site.Root, "content", "about.md");
        var stamp = File.GetLastWriteTimeUtc(path);

        site.Replace("content/about.md", "Christian therapist", "CHRISTIAN THERAPIST");
        File.SetLastWriteTimeUtc(path, stamp);
        live.Cache.Invalidate("content/about.md");
        live.Rebuild();

        Assert.Contains("CHRISTIAN THERAPIST", File.ReadAllText(Path.Combine(live.Folder.Path, "about", "index.html")));
    }

    [Fact]
    public void A_body_edit_is_written_at_once_exactly_as_the_full_build_then_writes_it()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        const string Article = "content/articles/did-you-fail-your-partner.md";

        site.Replace(Article, "it is a slow process", "it is a slow and patient process");
        var quick = SiteBuilder.Refresh(live.Cache, live.Folder, [Article]);
        var quickPage = File.ReadAllBytes(Path.Combine(live.Folder.Path, "articles", "did-you-fail-your-partner", "index.html"));
        live.Rebuild();

        Assert.Equal(["/articles/did-you-fail-your-partner/"], quick);
        Assert.Contains("a slow and patient process", System.Text.Encoding.UTF8.GetString(quickPage));
        Assert.Equal(site.CleanBuild()["articles/did-you-fail-your-partner/index.html"], quickPage);
    }

    [Theory]
    [InlineData("content/articles/did-you-fail-your-partner.md", "toc: true", "toc: false")]
    [InlineData("content/articles/did-you-fail-your-partner.md", "it is a slow process", "it is a [slow](/nowhere/) process")]
    [InlineData("content/articles/holidays-after-an-affair.md", "---\n\n", "---\n\nA draft's new line.\n\n")]
    [InlineData("site.yml", "title: \"Renewed Trust\"", "title: \"Trust\"")]
    public void Leaves_to_the_full_build_what_may_move_a_page_or_fail(string path, string from, string to)
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();

        site.Replace(path, from, to);

        Assert.Null(SiteBuilder.Refresh(live.Cache, live.Folder, [path]));
    }

    [Fact]
    public void Has_nothing_to_go_on_after_a_failed_build()
    {
        using var site = SampleSiteCopy.Create();
        var live = new Preview(site);
        live.Rebuild();
        site.Replace("content/about.md", "title:", "title: [unclosed");
        live.Rebuild();
        site.Replace("content/about.md", "title: [unclosed", "title:");

        Assert.Null(SiteBuilder.Refresh(live.Cache, live.Folder, ["content/about.md"]));
    }

    private static void AssertSameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string what)
    {
        var missing = expected.Keys.Where(k => k != OutputGuard.MarkerFile).Except(actual.Keys).ToArray();
        var extra = actual.Keys.Except(expected.Keys).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0, $"{what}: missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
        var different = expected.Keys.Where(k => k != OutputGuard.MarkerFile && !expected[k].AsSpan().SequenceEqual(actual[k])).ToArray();
        Assert.True(different.Length == 0, $"{what}: different [{string.Join(", ", different)}]" + (different.Length > 0 ? FirstDifference(expected[different[0]], actual[different[0]]) : ""));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var (a, b) = (System.Text.Encoding.UTF8.GetString(expected).Split('\n'), System.Text.Encoding.UTF8.GetString(actual).Split('\n'));
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
        return $"\nfirst difference at line {line + 1}:\n clean: {a.ElementAtOrDefault(line)}\n  live: {b.ElementAtOrDefault(line)}";
    }

    /// <summary>A preview of a site: one cache and one live folder kept across builds, as the server keeps them.</summary>
    private sealed class Preview(SampleSiteCopy site)
    {
        public BuildCache Cache { get; } = new();

        public LiveFolder Folder { get; } = new(Path.Combine(site.Root + "-live"));

        public TrustSite.Build.BuildResult Rebuild() =>
            new SiteBuilder(new FixedTime(SampleSiteCopy.Now), _ => null).Build(new BuildOptions(site.Root, Folder.Path), Cache, Folder);
    }
}
