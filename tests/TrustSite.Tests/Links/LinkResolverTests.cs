using TrustSite.Content;
using TrustSite.Links;
using TrustSite.Site;
using static TrustSite.Tests.TestSupport.IndexFactory;

namespace TrustSite.Tests.Links;

public class LinkResolverTests
{
    private static readonly PublishedDocument Hope = new(Doc("articles/hope.md"), "/articles/hope/");
    private static readonly PublishedDocument About = new(Doc("about.md", kind: DocumentKind.Page), "/about/");
    private static readonly ExcludedDocument Draft = new(Doc("articles/draft.md"), ExclusionReason.Draft);
    private static readonly PublishedAsset Guide = new(new SourceFile("/x", "content/articles/guide.pdf", "articles/guide.pdf"), "/articles/guide.pdf");

    private static LinkResolver Resolver(string basePath = "/") => new(Index([Hope, About], [Draft], [Guide]), basePath);

    [Theory]
    [InlineData("../about.md", "/about/")]
    [InlineData("../about.md#how-i-work", "/about/#how-i-work")]
    [InlineData("/about.md", "/about/")]
    [InlineData("hope.md", "/articles/hope/")]
    [InlineData("./hope.md?x=1", "/articles/hope/?x=1")]
    [InlineData("guide.pdf", "/articles/guide.pdf")]
    public void Resolves_links_to_content_files(string href, string expected)
    {
        var resolution = Resolver().Resolve(href, Hope);

        Assert.Equal(LinkKind.Internal, resolution.Kind);
        Assert.Equal(expected, resolution.Href);
        Assert.Null(resolution.CheckPath);
    }

    [Fact]
    public void Puts_every_internal_link_under_the_base_path()
    {
        Assert.Equal("/ministry/about/", Resolver("/ministry/").Resolve("../about.md", Hope).Href);
        Assert.Equal("/ministry/contact/", Resolver("/ministry/").Resolve("/contact/", Hope).Href);
    }

    [Fact]
    public void Keeps_site_paths_to_check_once_the_site_is_planned()
    {
        var resolution = Resolver().Resolve("/contact/", Hope);

        Assert.Equal("/contact/", resolution.CheckPath);
    }

    [Fact]
    public void Reads_other_relative_links_against_the_pages_address()
    {
        var resolution = Resolver().Resolve("../other/", Hope);

        Assert.Equal("/articles/other/", resolution.CheckPath);
    }

    [Fact]
    public void Reports_a_missing_file_with_a_suggestion()
    {
        var resolution = Resolver().Resolve("hop.md", Hope);

        Assert.Equal(LinkKind.Broken, resolution.Kind);
        Assert.Contains("content/articles/hop.md, which does not exist", resolution.Problem);
        Assert.Equal("did you mean 'articles/hope.md'?", resolution.Hint);
    }

    [Fact]
    public void Reports_a_link_to_a_draft_and_how_to_include_it()
    {
        var resolution = Resolver().Resolve("draft.md", Hope);

        Assert.Equal(LinkKind.Broken, resolution.Kind);
        Assert.Contains("a draft", resolution.Problem);
        Assert.Contains("--drafts", resolution.Hint);
    }

    [Theory]
    [InlineData("../../../etc/passwd.md")]
    [InlineData("javascript:alert(1)")]
    public void Refuses_links_outside_the_site_or_with_script(string href)
    {
        Assert.Equal(LinkKind.Broken, Resolver().Resolve(href, Hope).Kind);
    }

    [Theory]
    [InlineData("https://example.com/", LinkKind.External)]
    [InlineData("//cdn.example.com/x", LinkKind.External)]
    [InlineData("mailto:a@b.org", LinkKind.Unchanged)]
    [InlineData("tel:+14076180212", LinkKind.Unchanged)]
    [InlineData("#section", LinkKind.Unchanged)]
    public void Leaves_other_links_as_written(string href, LinkKind kind)
    {
        var resolution = Resolver().Resolve(href, Hope);

        Assert.Equal(kind, resolution.Kind);
        Assert.Equal(href, resolution.Href);
    }
}
