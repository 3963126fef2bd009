using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class DuplicateSlugsTests
{
    [Fact]
    public void Warns_when_two_sections_publish_the_same_slug_naming_the_first_file_and_address()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope in the storm
            date: 2023-01-01
            ---
            -- content/devotionals/hope.md --
            ---
            title: A morning of hope
            date: 2024-01-01
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.DuplicateSlug));
        Assert.Equal(SourceLocation.File("content/devotionals/hope.md"), warning.Location);
        Assert.Equal("the slug 'hope' is also used by content/articles/hope.md (/articles/hope/)", warning.Message);
        Assert.StartsWith("this page is published at /devotionals/hope/", warning.Hint);
    }

    [Fact]
    public void Points_at_the_slug_line_when_the_front_matter_gives_it()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About us
            ---
            -- content/articles/our-story.md --
            ---
            title: Our story
            date: 2024-01-01
            slug: about
            ---
            """);

        var result = site.Check();

        Assert.Equal(new SourceLocation("content/articles/our-story.md", 4, 7), Assert.Single(result.WithCode(DiagnosticCodes.DuplicateSlug)).Location);
    }

    [Fact]
    public void Leaves_out_translations_and_pages_with_their_own_url()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter:
              action: https://newsletter.example.org/subscribe
            languages:
              en: {name: English}
              es: {name: Español}
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            -- content/es/articles/hope.md --
            ---
            title: Esperanza
            ---
            -- content/thanks.md --
            ---
            title: Thank you
            url: /contact/thanks/
            ---
            -- content/newsletter/thanks.md --
            ---
            title: Thanks for subscribing
            url: /newsletter/thanks/
            ---
            """);

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.DuplicateSlug));
    }
}
