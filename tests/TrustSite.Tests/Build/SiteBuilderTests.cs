using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Pages;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Build;

public class SiteBuilderTests
{
    [Fact]
    public void Reports_errors_from_several_files_in_one_build()
    {
        using var site = new TempSite("""
            -- content/a.md --
            ---
            title: "unclosed
            ---
            -- content/b.md --
            ---
            date: 2024-02-30
            ---
            -- content/c.md --
            ---
            title: fine
            ---
            """);

        var result = site.Build();

        Assert.Equal(["content/a.md", "content/b.md"], result.Diagnostics.Select(d => d.Location.Path));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Errors_on_two_pages_at_one_address_naming_both_files()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            -- content/articles/other.md --
            ---
            title: Other
            slug: hope
            ---
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputConflict, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/articles/other.md", 3, 7), diagnostic.Location);
        Assert.Contains("content/articles/other.md and content/articles/hope.md", diagnostic.Message);
    }

    [Fact]
    public void Errors_on_a_content_file_and_a_theme_file_at_one_path()
    {
        using var site = new TempSite(TempSite.MinimalTheme + "\n-- themes/plain/assets/favicon.svg --\na\n-- content/favicon.svg --\nb\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("themes/plain/assets/favicon.svg and content/favicon.svg", diagnostic.Message);
    }

    [Fact]
    public void Errors_on_a_link_to_a_page_that_does_not_exist()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            ---
            Please [contact me](/contact/).
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/about.md", 4, 8), diagnostic.Location);
    }

    [Fact]
    public void Leaves_out_drafts_and_future_articles_and_counts_them()
    {
        using var site = new TempSite("""
            -- content/articles/draft.md --
            ---
            title: Draft
            draft: true
            ---
            -- content/articles/later.md --
            ---
            title: Later
            date: 2030-01-01
            ---
            -- content/articles/now.md --
            ---
            title: Now
            date: 2025-01-01
            ---
            """);

        var result = site.Build();
        var withAll = site.Build(drafts: true, future: true);

        Assert.Equal(1, result.Drafts);
        Assert.Equal(1, result.Future);
        Assert.Equal(3, withAll.PagesByKind[PageKind.Article]);
        Assert.True(site.OutputExists("articles/draft/index.html"));
    }

    [Fact]
    public void Publishes_bundle_images_beside_their_page()
    {
        using var site = new TempSite("""
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            ![Hills](hills.svg)
            -- content/articles/hope/hills.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        site.Build();

        Assert.True(site.OutputExists("articles/hope/hills.svg"));
        Assert.Contains("src=\"/articles/hope/hills.svg\"", site.ReadOutput("articles/hope/index.html"));
    }

    [Fact]
    public void Puts_every_link_under_a_subpath_base_url()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [Home](/) and [me](about.md)
            """);

        site.Build(baseUrl: new Uri("https://example.org/ministry/"));

        Assert.Contains("<a href=\"/ministry/\">Home</a> and <a href=\"/ministry/about/\">me</a>", site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void Leaves_the_previous_output_exactly_as_it_was_when_a_build_fails()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n");
        site.Build();
        var before = site.Snapshot();
        site.Write("content/broken.md", "---\ntitle: [\n---\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, site.Snapshot());
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith(".trustsite", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_byte_identical_output_for_the_same_sources()
    {
        using var site = new TempSite(string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"-- content/articles/a{i}.md --\n---\ntitle: Article {i}\ndate: 2024-01-{i % 28 + 1:00}\ntags: [t{i % 5}]\n---\nBody {i} with [a link](a{(i + 1) % 40}.md).\n")));

        site.Build(output: "one");
        site.Build(output: "two");

        Assert.Equal(site.Snapshot(Path.Combine(site.Root, "one")), site.Snapshot(Path.Combine(site.Root, "two")));
    }

    [Fact]
    public void Runs_the_content_checks_after_the_links_in_every_build_and_still_publishes()
    {
        using var site = new TempSite("-- content/articles/a.md --\n---\ntitle: A\n---\n## One\n\n#### Two\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(DiagnosticCodes.HeadingLevelSkipped, Assert.Single(result.Diagnostics).Code);
        var stages = result.Timings.Select(t => t.Stage).ToList();
        Assert.Equal(stages.IndexOf("links") + 1, stages.IndexOf("checks"));
        Assert.True(site.OutputExists("articles/a/index.html"));
    }

    [Fact]
    public void Publishes_nothing_when_strict_and_a_content_check_warns()
    {
        using var site = new TempSite("-- content/articles/a.md --\n---\ntitle: A\n---\n# A second h1\n");

        var result = new SiteBuilder(TimeProvider.System, _ => null).Build(new BuildOptions(site.Root, site.Output, Strict: true));

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.SecondTitleHeading, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Stops_after_the_checks_without_creating_the_output_folder_when_asked_not_to_write()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n-- content/articles/a.md --\n---\ntitle: A\n---\n");

        var result = new SiteBuilder(TimeProvider.System, _ => null).Build(new BuildOptions(site.Root, "public", WriteOutput: false));

        Assert.True(result.Succeeded);
        // The forms stage renders the pages in memory to read their forms, and writes nothing.
        Assert.Equal(["checks", "forms"], result.Timings[^2..].Select(t => t.Stage));
        Assert.Equal(["content", "site.yml", "themes"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(site.Build().PagesByKind, result.PagesByKind);
    }

    [Fact]
    public void Reports_each_file_read_each_document_converted_and_each_page_rendered_to_the_progress_callback()
    {
        using var site = new TempSite(string.Concat(Enumerable.Range(1, 12).Select(i => $"-- content/articles/a{i}.md --\n---\ntitle: Article {i}\n---\n")));
        var progress = new Recorder();

        var result = new SiteBuilder(TimeProvider.System, _ => null).Build(new BuildOptions(site.Root, site.Output, Progress: progress));

        var stages = progress.Reports.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.ToArray());
        Assert.Equal(["content", "markdown", "render"], stages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, 12), stages["content"].Select(r => r.Done).Order());
        Assert.Equal(Enumerable.Range(1, 12), stages["markdown"].Select(r => r.Done).Order());
        Assert.Equal(Enumerable.Range(1, result.PageCount), stages["render"].Select(r => r.Done).Order());
        Assert.All(stages["render"], r => Assert.Equal(result.PageCount, r.Total));
        // Stages follow one another: every report of a stage comes before the first of the next.
        Assert.Equal(["content", "markdown", "render"], progress.Reports.Select(r => r.Stage).Distinct());
    }

    private sealed class Recorder : IProgress<BuildProgress>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<BuildProgress> _reports = new();

        public IEnumerable<BuildProgress> Reports => _reports;

        public void Report(BuildProgress value) => _reports.Enqueue(value);
    }
}

/// <summary>Sources that change while the build runs: reported like any other problem, and the published site stays as it was.</summary>
public class SourcesChangingDuringTheBuildTests
{
    [Fact]
    public void An_image_deleted_while_pages_render_is_reported_and_the_old_site_stays()
    {
        using var site = new TempSite("""
            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            ![A sunrise](sunrise.svg)
            -- content/articles/hope/sunrise.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>
            """);
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        var image = Path.Combine(site.Root, "content", "articles", "hope", "sunrise.svg");
        var progress = new DeleteOnFirstReport(image);

        var result = new SiteBuilder(new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), _ => null)
            .Build(new BuildOptions(site.Root, site.Output, Progress: progress));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.Contains("sunrise.svg", error.Message);
        Assert.Equal(before, site.Snapshot());
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, ".trustsite-*"));
    }

    [Fact]
    public void An_article_deleted_after_it_was_found_is_reported_at_its_path()
    {
        using var site = new TempSite("-- content/articles/hope.md --\n---\ntitle: Hope\n---\nText.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        var inventory = new TrustSite.Content.ContentDiscoverer().Discover(site.Root, new DiagnosticBag());
        File.Delete(Path.Combine(site.Root, "content", "articles", "hope.md"));
        var bag = new DiagnosticBag();

        var documents = new TrustSite.Content.DocumentLoader(new TrustSite.Configuration.SiteConfigLoader().Load(site.Root, bag)!).LoadAll(inventory.Markdown, bag);

        Assert.Empty(documents);
        var error = Assert.Single(bag.ToSortedArray());
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal("content/articles/hope.md", error.Location.Path);
        Assert.Equal(before, site.Snapshot());
    }

    private sealed class DeleteOnFirstReport(string file) : IProgress<TrustSite.Build.BuildProgress>
    {
        public void Report(TrustSite.Build.BuildProgress value)
        {
            if (value.Stage == "render")
            {
                File.Delete(file);
            }
        }
    }
}
