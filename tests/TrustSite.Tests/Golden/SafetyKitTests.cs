using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Build;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>The trust theme's safety kit: crisis lines, content notes, the quick exit, the disclaimer, the license and the good faith estimate page.</summary>
public sealed class SafetyKitTests
{
    private const string Config = """
        title: T
        baseUrl: https://example.org/
        theme: trust
        languages:
          en: {name: English}
          es: {name: Español}
        contact:
          email: hello@example.org
          form: {provider: formspree, id: abc, thankYou: /contact/thanks/}
        newsletter: {provider: buttondown, account: t, thankYou: /newsletter/thanks/}

        """;

    private const string Content = """
        -- content/contact.md --
        ---
        title: Contact
        layout: contact
        ---
        Write.
        -- content/newsletter.md --
        ---
        title: Newsletter
        layout: newsletter
        ---
        Subscribe.
        -- content/contact-thanks.md --
        ---
        title: Thanks
        url: /contact/thanks/
        layout: thanks
        ---
        Thank you.
        -- content/newsletter-thanks.md --
        ---
        title: Thanks for subscribing
        url: /newsletter/thanks/
        layout: thanks
        ---
        Thank you.
        -- content/browse-safely.md --
        ---
        title: Browse safely
        ---
        Private windows.
        -- content/articles/hard.md --
        ---
        title: When it gets dark
        date: 2025-01-02
        crisis: true
        content_warning: "infidelity, abuse"
        tags: [hope]
        ---
        Text.
        -- content/articles/plain.md --
        ---
        title: Praying together
        date: 2025-01-01
        ---
        Text.
        -- content/es/articles/duro.md --
        ---
        title: Cuando oscurece
        date: 2025-01-02
        content_warning: "infidelidad"
        ---
        Texto.
        """;

    private static (TempSite Site, BuildResult Result) Build(string extraConfig = "")
    {
        var site = new TempSite("-- site.yml --\n" + Config + extraConfig + "\n" + Content).WithTrustTheme();
        return (site, site.Build());
    }

    private static IDocument Page(TempSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Theory]
    [InlineData("index.html")]
    [InlineData("articles/index.html")]
    [InlineData("articles/plain/index.html")]
    [InlineData("browse-safely/index.html")]
    [InlineData("tags/hope/index.html")]
    [InlineData("archive/index.html")]
    [InlineData("404.html")]
    [InlineData("es/index.html")]
    public void Shows_the_crisis_lines_in_the_footer_of_every_page_kind(string path)
    {
        var (site, result) = Build();
        using var _ = site;

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var footer = Page(site, path).QuerySelector(".site-footer .footer-crisis")!;
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:988");
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "sms:988");
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://988lifeline.org/chat/");
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:911");
        Assert.Equal("es", footer.QuerySelector("a[href='https://988lineadevida.org/']")!.Closest("li")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("contact/index.html", "This form is not for emergencies.")]
    [InlineData("newsletter/index.html", "If you are in danger")]
    [InlineData("contact/thanks/index.html", "If you are in danger")]
    [InlineData("newsletter/thanks/index.html", "If you are in danger")]
    public void Shows_the_crisis_lines_on_the_contact_newsletter_and_thank_you_pages(string path, string lead)
    {
        var (site, _) = Build();
        using var _site = site;

        var notice = Page(site, path).QuerySelector("main .crisis-notice")!;
        Assert.StartsWith(lead, notice.QuerySelector("p")!.TextContent);
        Assert.Equal("In a crisis?", notice.QuerySelector("#" + notice.GetAttribute("aria-labelledby"))!.TextContent);
        Assert.NotNull(notice.QuerySelector("a[href='tel:988']"));
    }

    [Fact]
    public void Shows_the_crisis_lines_at_the_top_of_an_article_with_crisis_true_only()
    {
        var (site, _) = Build();
        using var _site = site;

        var hard = Page(site, "articles/hard/index.html");
        var notice = hard.QuerySelector("main article .crisis-notice")!;
        Assert.True(notice.CompareDocumentPosition(hard.QuerySelector("main .prose")!).HasFlag(DocumentPositions.Following));
        Assert.NotNull(notice.QuerySelector("a[href='sms:988']"));
        Assert.Null(Page(site, "articles/plain/index.html").QuerySelector("main .crisis-notice"));
        Assert.Null(Page(site, "index.html").QuerySelector("main .crisis-notice"));
    }

    [Fact]
    public void Shows_a_calm_labelled_content_note_before_the_body_in_each_language()
    {
        var (site, _) = Build();
        using var _site = site;

        var english = Page(site, "articles/hard/index.html");
        var note = english.QuerySelector("main aside.content-note")!;
        Assert.Equal("About this article:", english.GetElementById(note.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Contains("it talks about infidelity, abuse.", note.TextContent);
        Assert.True(note.CompareDocumentPosition(english.QuerySelector("main .prose")!).HasFlag(DocumentPositions.Following));
        Assert.Contains("habla de infidelidad.", Page(site, "es/articles/duro/index.html").QuerySelector("main aside.content-note")!.TextContent);
        Assert.Null(Page(site, "articles/plain/index.html").QuerySelector(".content-note"));
    }

    [Fact]
    public void Lists_configured_crisis_lines_instead_of_the_defaults()
    {
        var (site, result) = Build("crisis:\n  resources:\n    - name: Helpline\n      phone: \"1 800 799 7233\"\n      note: Day and night.\n");
        using var _site = site;

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var items = Page(site, "contact/index.html").QuerySelectorAll("main .crisis-resources li");
        var item = Assert.Single(items);
        Assert.Equal("tel:18007997233", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Helpline", item.TextContent);
        Assert.Contains("Day and night.", item.TextContent);
    }

    [Fact]
    public void Shows_no_crisis_lines_anywhere_when_turned_off()
    {
        var (site, _) = Build("crisis: {enabled: false}\n");
        using var _site = site;

        foreach (var path in new[] { "index.html", "contact/index.html", "newsletter/index.html", "contact/thanks/index.html", "articles/hard/index.html" })
        {
            Assert.Empty(Page(site, path).QuerySelectorAll(".crisis-notice, .footer-crisis, .crisis-resources"));
        }
    }

    [Fact]
    public void Puts_a_quick_exit_link_and_its_external_script_on_every_page_when_enabled()
    {
        var (site, _) = Build("safety:\n  quickExit: {enabled: true, url: \"https://www.bbc.com/weather\"}\n");
        using var _site = site;

        foreach (var path in new[] { "index.html", "articles/hard/index.html", "contact/index.html", "es/index.html", "404.html" })
        {
            var page = Page(site, path);
            var button = page.QuerySelector("body > header.site-header > a#quick-exit.quick-exit")!;
            Assert.Equal(("https://www.bbc.com/weather", "noreferrer"), (button.GetAttribute("href"), button.GetAttribute("rel")));
            var script = Assert.Single(page.QuerySelectorAll("script[src]"));
            Assert.Matches("^/js/quick-exit\\.[0-9a-f]{10}\\.js$", script.GetAttribute("src"));
            Assert.StartsWith("sha384-", script.GetAttribute("integrity"));
            Assert.True(site.OutputExists(script.GetAttribute("src")!.TrimStart('/')));
            // The strict Content-Security-Policy allows no inline script: only JSON-LD data may sit in the page.
            Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        }
        Assert.Equal("Salida rápida", Page(site, "es/index.html").QuerySelector("#quick-exit")!.FirstChild!.TextContent);
    }

    [Fact]
    public void Has_no_quick_exit_and_no_script_by_default()
    {
        var (site, _) = Build();
        using var _site = site;

        var page = Page(site, "index.html");
        Assert.Null(page.QuerySelector("#quick-exit"));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public void Links_the_browse_safely_page_from_the_footer()
    {
        var (site, _) = Build();
        using var _site = site;

        Assert.Contains(Page(site, "index.html").QuerySelectorAll(".footer-nav a"), a => a.GetAttribute("href") == "/browse-safely/" && a.TextContent == "Browse safely");
    }

    [Fact]
    public void Shows_the_disclaimer_license_and_good_faith_estimate_page_when_configured()
    {
        var (site, result) = Build("practice:\n  disclaimer: true\n  licensure: {type: Licensed Marriage and Family Therapist, number: MT 1234, states: [FL, GA]}\n  noSurprisesAct: {enabled: true}\n");
        using var _site = site;

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var footer = Page(site, "articles/plain/index.html").QuerySelector(".site-footer")!;
        Assert.Equal("The articles on this site are not therapy and are not a substitute for professional care.", footer.QuerySelector(".disclaimer")!.TextContent);
        Assert.Equal("Licensed Marriage and Family Therapist, license MT 1234 (FL, GA).", footer.QuerySelector(".licensure")!.TextContent);
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/good-faith-estimate/");
        Assert.StartsWith("Los artículos de este sitio no son terapia", Page(site, "es/index.html").QuerySelector(".disclaimer")!.TextContent);

        var english = Page(site, "good-faith-estimate/index.html");
        Assert.Equal("Your right to a Good Faith Estimate", english.QuerySelector("h1")!.TextContent);
        Assert.Contains("at least $400 more than your Good Faith Estimate", english.QuerySelector("main")!.TextContent);
        Assert.NotNull(english.QuerySelector("main a[href='https://www.cms.gov/nosurprises']"));
        var spanish = Page(site, "es/good-faith-estimate/index.html");
        Assert.Equal("Su derecho a recibir una Estimación de buena fe", spanish.QuerySelector("h1")!.TextContent);
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Contains("<loc>https://example.org/good-faith-estimate/</loc>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Has_no_disclaimer_license_or_good_faith_estimate_page_unless_configured()
    {
        var (site, _) = Build();
        using var _site = site;

        Assert.Empty(Page(site, "index.html").QuerySelectorAll(".practice-notes, .disclaimer, .licensure, a[href$='good-faith-estimate/']"));
        Assert.False(site.OutputExists("good-faith-estimate/index.html"));
    }
}
