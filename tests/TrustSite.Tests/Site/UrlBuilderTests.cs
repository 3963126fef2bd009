using TrustSite.Content;
using TrustSite.Site;

namespace TrustSite.Tests.Site;

public class UrlBuilderTests
{
    private static Document Doc(DocumentKind kind, string section, string slug, string folder = "", FrontMatter? frontMatter = null) =>
        new(new SourceFile("/x", "content/x.md", "x.md"), kind, section, slug, folder, null, "X", null, frontMatter ?? FrontMatter.Empty, "", 1);

    [Fact]
    public void Places_articles_under_their_section_and_pages_at_the_root()
    {
        Assert.Equal("/articles/hope/", UrlBuilder.UrlOf(Doc(DocumentKind.Article, "articles", "hope")));
        Assert.Equal("/articles/2024/hope/", UrlBuilder.UrlOf(Doc(DocumentKind.Article, "articles", "hope", "2024/")));
        Assert.Equal("/about/", UrlBuilder.UrlOf(Doc(DocumentKind.Page, "", "about")));
        Assert.Equal("/", UrlBuilder.UrlOf(Doc(DocumentKind.Home, "", "")));
        Assert.Equal("/articles/", UrlBuilder.UrlOf(Doc(DocumentKind.SectionIndex, "articles", "")));
    }

    [Fact]
    public void Lets_the_front_matter_url_override_everything()
    {
        var document = Doc(DocumentKind.Article, "articles", "hope", frontMatter: new FrontMatter { Url = "contact/thanks" });

        Assert.Equal("/contact/thanks/", UrlBuilder.UrlOf(document));
    }
}
