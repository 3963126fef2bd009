using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Markdown;

public class ScriptureIntegrationTests
{
    private const string Config = """
        -- site.yml --
        title: Test site
        baseUrl: https://example.org/
        theme: plain
        newsletter: {action: https://n.example.org/}
        scripture:
          en:
            url: "https://bible.example.org/{version}/{ref}"
            version: ESV
        """;

    [Fact]
    public void Links_references_with_the_configured_site_and_version()
    {
        using var site = new TempSite(Config + "\n-- content/about.md --\n---\ntitle: About\n---\nAs Paul writes (1 Cor. 13:4-7), love is patient.\n");

        site.Build();

        Assert.Contains("<a href=\"https://bible.example.org/ESV/1%20Corinthians%2013%3A4-7\" class=\"scripture\" rel=\"noopener\">1 Cor. 13:4-7</a>",
            site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void An_article_can_turn_the_links_off()
    {
        using var site = new TempSite(Config + "\n-- content/about.md --\n---\ntitle: About\nscripture: false\n---\nAs Paul writes (1 Cor. 13:4-7), love is patient.\n");

        site.Build();

        Assert.DoesNotContain("class=\"scripture\"", site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void Nothing_is_linked_without_a_scripture_section()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\nSee John 3:16.\n");

        site.Build();

        Assert.DoesNotContain("class=\"scripture\"", site.ReadOutput("about/index.html"));
    }
}
