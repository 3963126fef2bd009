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
}
