using TrustSite.Content;
using TrustSite.Site;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Site;

public class UrlBuilderTests
{
    private static Document Doc(DocumentKind kind, string section, string slug, string folder = "", FrontMatter? frontMatter = null,
        string language = "en", DateTimeOffset? date = null) =>
        new(new SourceFile("/x", "content/x.md", "x.md"), kind, language, slug, section, slug, folder, null, "X", date, frontMatter ?? FrontMatter.Empty, ReadOnlyMemory<byte>.Empty, 1);

    private static string? Url(UrlBuilder urls, Document document) => urls.UrlOf(document, out _);

    [Fact]
    public void Places_articles_under_their_section_and_pages_at_the_root()
    {
        var urls = new UrlBuilder(TestConfig.Default);

        Assert.Equal("/articles/hope/", Url(urls, Doc(DocumentKind.Article, "articles", "hope")));
        Assert.Equal("/articles/2024/hope/", Url(urls, Doc(DocumentKind.Article, "articles", "hope", "2024/")));
        Assert.Equal("/about/", Url(urls, Doc(DocumentKind.Page, "", "about")));
        Assert.Equal("/", Url(urls, Doc(DocumentKind.Home, "", "")));
        Assert.Equal("/articles/", Url(urls, Doc(DocumentKind.SectionIndex, "articles", "")));
    }

    [Fact]
    public void Puts_other_languages_under_their_code()
    {
        var urls = new UrlBuilder(TestConfig.Bilingual);

        Assert.Equal("/es/articles/esperanza/", Url(urls, Doc(DocumentKind.Article, "articles", "esperanza", language: "es")));
        Assert.Equal("/es/", Url(urls, Doc(DocumentKind.Home, "", "", language: "es")));
        Assert.Equal("/es/contacto/", Url(urls, Doc(DocumentKind.Page, "", "contacto", language: "es")));
        Assert.Equal("/articles/hope/", Url(urls, Doc(DocumentKind.Article, "articles", "hope")));
    }

    [Fact]
    public void Lets_the_front_matter_url_override_everything()
    {
        var document = Doc(DocumentKind.Article, "articles", "hope", frontMatter: new FrontMatter { Url = "contact/thanks" });

        Assert.Equal("/contact/thanks/", Url(new UrlBuilder(TestConfig.Default), document));
    }

    [Fact]
    public void Follows_the_sections_permalink_pattern()
    {
        var urls = new UrlBuilder(TestConfig.Parse("permalinks:\n  articles: \"/{year}/{month}/{day}/{slug}/\"\n"));
        var date = new DateTimeOffset(2021, 3, 5, 9, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal("/2021/03/05/hope/", Url(urls, Doc(DocumentKind.Article, "articles", "hope", date: date)));
        Assert.Equal("/about/", Url(urls, Doc(DocumentKind.Page, "", "about")));
    }

    [Fact]
    public void Says_why_when_a_pattern_needs_a_date_the_article_lacks()
    {
        var urls = new UrlBuilder(TestConfig.Parse("permalinks:\n  articles: /{year}/{slug}/\n"));

        Assert.Null(urls.UrlOf(Doc(DocumentKind.Article, "articles", "hope"), out var problem));
        Assert.Contains("needs a date", problem);
    }
}
