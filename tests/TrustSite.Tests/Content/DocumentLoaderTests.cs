using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Content;

public class DocumentLoaderTests
{
    private static Document Load(TempSite site, string contentPath, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var config = new SiteConfigLoader().Load(site.Root, bag)!;
        var file = new ContentDiscoverer().Discover(site.Root, bag).Markdown.Single(f => f.ContentPath == contentPath);
        return new DocumentLoader(config).Load(file, bag)!;
    }

    [Theory]
    [InlineData("_index.md", DocumentKind.Home, "")]
    [InlineData("about.md", DocumentKind.Page, "")]
    [InlineData("about/index.md", DocumentKind.Page, "")]
    [InlineData("articles/_index.md", DocumentKind.SectionIndex, "articles")]
    [InlineData("articles/hope.md", DocumentKind.Article, "articles")]
    [InlineData("articles/hope/index.md", DocumentKind.Article, "articles")]
    public void Knows_what_a_file_is_from_where_it_sits(string path, DocumentKind kind, string section)
    {
        using var site = new TempSite($"-- content/{path} --\n---\ntitle: T\n---\nBody");

        var document = Load(site, path);

        Assert.Equal(kind, document.Kind);
        Assert.Equal(section, document.Section);
    }

    [Fact]
    public void Takes_date_and_slug_from_a_dated_file_name()
    {
        using var site = new TempSite("-- content/articles/2024-05-01-my-title.md --\n---\ntitle: T\n---\n");

        var document = Load(site, "articles/2024-05-01-my-title.md");

        Assert.Equal("my-title", document.Slug);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), document.Date);
    }

    [Fact]
    public void Prefers_front_matter_over_the_file_name()
    {
        using var site = new TempSite("-- content/articles/2024-05-01-my-title.md --\n---\ntitle: T\ndate: 2023-01-01\nslug: other\n---\n");

        var document = Load(site, "articles/2024-05-01-my-title.md");

        Assert.Equal("other", document.Slug);
        Assert.Equal(2023, document.Date!.Value.Year);
    }

    [Fact]
    public void Names_a_bundle_by_its_folder_and_remembers_the_folder()
    {
        using var site = new TempSite("-- content/articles/Esperanza Viva/index.md --\n---\ntitle: T\n---\n");

        var document = Load(site, "articles/Esperanza Viva/index.md");

        Assert.Equal("esperanza-viva", document.Slug);
        Assert.Equal("articles/Esperanza Viva/", document.BundleDirectory);
    }

    [Fact]
    public void Warns_and_uses_the_file_name_when_there_is_no_title()
    {
        using var site = new TempSite("-- content/articles/rebuilding-trust.md --\nJust text.\n");
        var bag = new DiagnosticBag();

        var document = Load(site, "articles/rebuilding-trust.md", bag);

        Assert.Equal("Rebuilding trust", document.Title);
        var warning = bag.Single();
        Assert.False(warning.IsError);
        Assert.Equal(DiagnosticCodes.MissingTitle, warning.Code);
    }

    [Fact]
    public void Counts_body_lines_from_the_file_start()
    {
        using var site = new TempSite("-- content/a.md --\n---\ntitle: T\nsummary: S\n---\nFirst body line\n");

        var document = Load(site, "a.md");

        Assert.Equal(5, document.BodyFirstLine);
        Assert.StartsWith("First body line", document.Body);
    }
}
