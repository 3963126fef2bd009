using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Scaffolding;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Scaffolding;

public sealed class SiteScaffolderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private readonly string _parent = Directory.CreateTempSubdirectory("trustsite-new-site-").FullName;

    private string Root => Path.Combine(_parent, "my-site");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private DiagnosticBag Create(TimeZoneInfo? local = null)
    {
        var bag = new DiagnosticBag();
        new SiteScaffolder(new FixedClock(Now, local ?? TimeZoneInfo.FindSystemTimeZoneById("America/New_York"))).Create(Root, bag);
        return bag;
    }

    [Fact]
    public void A_new_site_builds_with_no_error_and_no_warning_but_its_placeholders()
    {
        Create();

        var result = new SiteBuilder(new FixedClock(Now.AddDays(1)), _ => null).Build(new BuildOptions(Root, Path.Combine(Root, "public"), null, false, false));

        Assert.True(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.ConfigPlaceholder, "site.yml"), (d.Code, d.Location.Path)));
        Assert.Equal(PlaceholderLines(Path.Combine(Root, "site.yml")), result.Diagnostics.Select(d => d.Location.Line));
        foreach (var page in new[] { "index.html", "articles/writing-your-first-article/index.html", "about/index.html", "contact/index.html",
                     "contact/thanks/index.html", "newsletter/index.html", "newsletter/thanks/index.html", "privacy/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(Root, "public", page)), page);
        }
    }

    [Fact]
    public void The_sample_article_is_dated_now_and_site_yml_names_this_computers_time_zone()
    {
        Create(TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));

        Assert.Contains("\ndate: 2026-03-02T08:00:00-06:00\n", File.ReadAllText(Path.Combine(Root, "content/articles/writing-your-first-article.md")));
        Assert.Contains("\ntimezone: America/Chicago ", File.ReadAllText(Path.Combine(Root, "site.yml")));
    }

    [Fact]
    public void Site_yml_points_editors_at_the_schema_that_comes_with_the_theme()
    {
        Create();

        var firstLine = File.ReadLines(Path.Combine(Root, "site.yml")).First();
        Assert.Equal("# yaml-language-server: $schema=themes/trust/schemas/site.schema.json", firstLine);
        Assert.True(File.Exists(Path.Combine(Root, "themes/trust/schemas/site.schema.json")));
        Assert.True(File.Exists(Path.Combine(Root, "themes/trust/schemas/front-matter.schema.json")));
    }

    [Fact]
    public void Then_new_article_writes_a_draft_in_the_new_site()
    {
        Create();
        var bag = new DiagnosticBag();

        var path = new DocumentScaffolder(new FixedClock(Now)).Create(Root, new NewDocumentRequest(ArchetypeKind.Article, "Hope after grief"), bag);

        Assert.Equal("content/articles/hope-after-grief.md", path);
        Assert.Contains("\ndate: 2026-03-02T09:00:00-05:00\n", File.ReadAllText(Path.Combine(Root, path!)));
    }

    [Fact]
    public void Copies_the_trust_theme_exactly_as_the_repository_has_it()
    {
        Create();

        var source = Path.Combine(RepoPaths.Root, "themes", "trust");
        var copy = Path.Combine(Root, "themes", "trust");
        Assert.Equal(Files(source), Files(copy));
        foreach (var file in Files(source))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(source, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, file))), file);
        }
    }

    [Fact]
    public void Refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_was()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "notes.txt"), "mine");

        var bag = Create();

        Assert.Equal(DiagnosticCodes.ScaffoldFolderNotEmpty, bag.Single().Code);
        Assert.Equal(["notes.txt"], Files(Root));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Root, "notes.txt")));
    }

    [Fact]
    public void Fills_an_empty_folder()
    {
        Directory.CreateDirectory(Root);

        var bag = Create();

        Assert.False(bag.HasErrors);
        Assert.True(File.Exists(Path.Combine(Root, "site.yml")));
    }

    private static string[] Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The lines of a site.yml with a setting still marked PLACEHOLDER (comment lines aside).</summary>
    internal static int[] PlaceholderLines(string siteYml) =>
        [.. File.ReadAllLines(siteYml).Select((line, i) => (line, i)).Where(l => l.line.Contains("PLACEHOLDER", StringComparison.Ordinal) && !l.line.TrimStart().StartsWith('#')).Select(l => l.i + 1)];
}
