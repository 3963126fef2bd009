using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Build;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>Builds the ministry's sample site from the repository and reads the result as a browser would.</summary>
public sealed class SampleSiteTests : IClassFixture<SampleSiteTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public SampleSiteTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void Builds_without_errors_and_warns_only_of_the_settings_still_marked_placeholder()
    {
        // The ministry's real name, address, email and form accounts are not in the WordPress export; until they are
        // filled in, a production build says which lines still need them (and --strict refuses to publish).
        Assert.All(_sample.Result.Diagnostics, d => Assert.Equal((TrustSite.Diagnostics.DiagnosticCodes.ConfigPlaceholder, "site.yml"), (d.Code, d.Location.Path)));
        Assert.Equal(TrustSite.Tests.Scaffolding.SiteScaffolderTests.PlaceholderLines(Path.Combine(RepoPaths.Root, "site.yml")), _sample.Result.Diagnostics.Select(d => d.Location.Line));
        Assert.NotEmpty(_sample.Result.Diagnostics);
        Assert.True(_sample.Result.Succeeded);
    }

    [Fact]
    public void The_seed_article_keeps_its_title_five_tips_lists_and_genesis_quote()
    {
        var page = _sample.Page("articles/did-you-fail-your-partner/index.html");

        Assert.Equal("Did you fail your partner? 5 tips to rebuild their trust", page.QuerySelector("h1")!.TextContent);
        var headings = page.QuerySelectorAll(".prose h2").Select(h => h.TextContent).ToArray();
        Assert.Equal(
            ["Some considerations to rebuild their trust", "1. Show your sincere regret", "2. Make the relationship your priority",
             "3. Show your main interest: him or her", "4. Focus on reconnecting", "5. Don’t rush physical sexual contact", "God and intimacy in marriage"],
            headings);
        Assert.Equal([3, 5, 3], page.QuerySelectorAll(".prose ul").Select(u => u.Children.Length));
        var quote = Assert.Single(page.QuerySelectorAll(".prose blockquote"));
        Assert.Contains("they shall become one flesh", quote.TextContent);
        Assert.Contains("(Genesis 2.24)", quote.TextContent);
        Assert.DoesNotContain("Shopping Basket", page.Body!.TextContent);
    }

    [Fact]
    public void The_home_page_welcomes_and_lists_the_latest_articles_newest_first()
    {
        var home = _sample.Page("index.html");

        Assert.Equal("Renewed Trust", home.QuerySelector("h1")!.TextContent);
        var titles = home.QuerySelectorAll(".latest .card-title a").Select(a => a.TextContent).ToArray();
        Assert.Equal("A letter to the spouse who stayed", titles[0]);
        Assert.Contains("Did you fail your partner? 5 tips to rebuild their trust", titles);
        Assert.DoesNotContain("Praying together again after a crisis", titles);
        Assert.DoesNotContain("Holidays after an affair: a gentle plan", titles);
    }

    [Fact]
    public void The_contact_page_has_a_click_to_call_link_and_a_form_with_a_honeypot()
    {
        var contact = _sample.Page("contact/index.html");

        Assert.Contains(contact.QuerySelectorAll("a[href='tel:+14076180212']"), a => a.TextContent == "407 618 0212");
        var form = contact.QuerySelector(".contact-form form")!;
        Assert.Equal("https://formspree.io/f/PLACEHOLDER", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[type=email][required][autocomplete=email]"));
        Assert.NotNull(form.QuerySelector(".hp[aria-hidden=true] input[name=_gotcha][tabindex='-1']"));
        Assert.Contains("988", contact.QuerySelector(".crisis-notice")!.TextContent);
    }

    [Fact]
    public void Every_page_has_one_h1_a_footer_newsletter_form_and_the_phone()
    {
        foreach (var file in _sample.HtmlFiles.Where(f => !_sample.IsRedirect(f)))
        {
            var page = _sample.Page(file);

            Assert.Single(page.QuerySelectorAll("h1"));
            var form = page.QuerySelector(".site-footer form.newsletter-form");
            Assert.NotNull(form);
            Assert.Equal("https://buttondown.com/api/emails/embed-subscribe/PLACEHOLDER", form.GetAttribute("action"));
            Assert.NotNull(form.QuerySelector("label[for='newsletter-email-footer']"));
            Assert.NotNull(page.QuerySelector(".site-footer a[href='tel:+14076180212']"));
        }
    }

    [Fact]
    public void Publishes_every_page_the_site_should_have_and_no_draft_or_future_article()
    {
        Assert.Equal(
            [
                "404.html", "about/index.html", "archive/index.html", "articles/a-letter-to-the-spouse-who-stayed/index.html",
                "articles/did-you-fail-your-partner/index.html", "articles/first-steps-when-you-were-betrayed/index.html",
                "articles/five-conversations-that-rebuild-intimacy/index.html", "articles/index.html", "articles/what-forgiveness-is-and-is-not/index.html",
                "browse-safely/index.html", "categories/faith/index.html", "categories/healing/index.html", "categories/index.html", "categories/marriage/index.html",
                "contact/index.html", "contact/thanks/index.html", "did-you-fail-your-partner-5-tips-to-rebuild-their-trust/index.html",
                "es/acerca-de/index.html", "es/archive/index.html", "es/articles/index.html", "es/articles/le-fallaste-a-tu-pareja/index.html",
                "es/boletin/index.html", "es/categories/index.html", "es/categories/matrimonio/index.html", "es/contacto/index.html",
                "es/good-faith-estimate/index.html", "es/index.html", "es/navegar-con-seguridad/index.html", "es/privacidad/index.html", "es/tags/confianza/index.html", "es/tags/index.html", "es/tags/infidelidad/index.html",
                "es/tags/intimidad/index.html", "es/tags/matrimonio/index.html", "es/tags/perdon/index.html", "good-faith-estimate/index.html", "index.html", "newsletter/index.html",
                "newsletter/thanks/index.html", "privacy/index.html", "series/after-the-affair/index.html", "series/index.html",
                "tags/communication/index.html", "tags/faith/index.html", "tags/forgiveness/index.html", "tags/healing/index.html", "tags/hope/index.html",
                "tags/index.html", "tags/infidelity/index.html", "tags/intimacy/index.html", "tags/marriage/index.html", "tags/self-care/index.html",
                "tags/trust/index.html",
            ],
            _sample.HtmlFiles);
        Assert.Equal(1, _sample.Result.Drafts);
        Assert.Equal(1, _sample.Result.Future);
    }

    [Fact]
    public void The_spanish_version_of_the_seed_article_keeps_its_structure_and_links_back_to_the_english_one()
    {
        var page = _sample.Page("es/articles/le-fallaste-a-tu-pareja/index.html");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("¿Fallaste a tu pareja? 5 claves para recuperar su confianza", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(7, page.QuerySelectorAll(".prose h2").Length);
        Assert.Equal([3, 5, 3], page.QuerySelectorAll(".prose ul").Select(u => u.Children.Length));
        Assert.Contains("serán una sola carne", page.QuerySelector(".prose blockquote")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate][hreflang=en]"), l => l.GetAttribute("href") == "https://example.org/articles/did-you-fail-your-partner/");
        Assert.Contains(page.QuerySelectorAll(".translations a"), a => a.GetAttribute("href") == "/articles/did-you-fail-your-partner/");
        Assert.Equal("8 de mayo de 2023", page.QuerySelector(".article-header time")!.TextContent);
    }

    [Fact]
    public void The_language_switcher_leads_to_each_pages_own_translation()
    {
        var contact = _sample.Page("contact/index.html");

        var links = contact.QuerySelectorAll(".language-nav a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).ToArray();

        Assert.Equal([("en", "/contact/"), ("es", "/es/contacto/")], links);
        Assert.Equal("/es/privacidad/", _sample.Page("es/contacto/index.html").QuerySelector(".site-footer a[href$='privacidad/']")!.GetAttribute("href"));
    }

    [Fact]
    public void Only_pages_with_a_translation_get_hreflang_alternates_and_a_language_switcher()
    {
        var untranslated = _sample.Page("articles/five-conversations-that-rebuild-intimacy/index.html");
        var translated = _sample.Page("articles/did-you-fail-your-partner/index.html");

        Assert.Empty(untranslated.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Null(untranslated.QuerySelector(".language-nav"));
        Assert.Equal(
            [("en", "https://example.org/articles/did-you-fail-your-partner/"), ("es", "https://example.org/es/articles/le-fallaste-a-tu-pareja/")],
            translated.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal(["en", "es"], translated.QuerySelectorAll(".language-nav a").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public void Tag_pages_list_their_articles_and_the_index_counts_them()
    {
        var tag = _sample.Page("tags/forgiveness/index.html");
        var index = _sample.Page("tags/index.html");

        Assert.Equal("forgiveness", tag.QuerySelector("h1")!.TextContent);
        Assert.Equal(["What forgiveness is, and what it is not", "Did you fail your partner? 5 tips to rebuild their trust"],
            tag.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Contains(index.QuerySelectorAll(".term-list li"), li => li.TextContent.Contains("forgiveness") && li.TextContent.Contains("2 articles"));
        Assert.Contains(_sample.Page("articles/did-you-fail-your-partner/index.html").QuerySelectorAll(".tags a"),
            a => a.GetAttribute("href") == "/tags/forgiveness/");
    }

    [Fact]
    public void Series_articles_say_which_part_they_are()
    {
        var page = _sample.Page("articles/five-conversations-that-rebuild-intimacy/index.html");

        Assert.StartsWith("Part 2 of 3 in the series", page.QuerySelector(".series-title")!.TextContent);
        Assert.Equal("Five conversations that rebuild intimacy", page.QuerySelector(".series [aria-current]")!.TextContent);
    }

    [Fact]
    public void The_seed_article_has_a_table_of_contents_and_related_articles()
    {
        var page = _sample.Page("articles/did-you-fail-your-partner/index.html");

        Assert.Equal(7, page.QuerySelectorAll(".toc > ol > li").Length);
        Assert.Equal("#1-show-your-sincere-regret", page.QuerySelectorAll(".toc a")[1].GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".related .card-title a"));
    }

    [Fact]
    public void The_old_wordpress_address_redirects_to_the_article()
    {
        var alias = File.ReadAllText(Path.Combine(_sample.Output, "did-you-fail-your-partner-5-tips-to-rebuild-their-trust", "index.html"));

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/articles/did-you-fail-your-partner/\">", alias);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/articles/did-you-fail-your-partner/\">", alias);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", alias);
        Assert.Equal("/did-you-fail-your-partner-5-tips-to-rebuild-their-trust/ /articles/did-you-fail-your-partner/ 301\n",
            File.ReadAllText(Path.Combine(_sample.Output, "_redirects")));
    }

    [Fact]
    public void The_home_page_shows_the_text_before_the_more_line_as_a_summary()
    {
        var home = _sample.Page("index.html");

        var card = home.QuerySelectorAll(".card").First(c => c.QuerySelector(".card-title")!.TextContent == "Five conversations that rebuild intimacy");

        Assert.StartsWith("Couples often tell me", card.QuerySelector(".card-summary p")!.TextContent);
        Assert.DoesNotContain("more", card.QuerySelector(".card-summary")!.InnerHtml);
    }

    [Fact]
    public void Scripture_references_link_to_the_bible_site_in_each_language()
    {
        var english = _sample.Page("articles/did-you-fail-your-partner/index.html");
        var spanish = _sample.Page("es/articles/le-fallaste-a-tu-pareja/index.html");

        var john = english.QuerySelectorAll("a.scripture").Single(a => a.TextContent == "John 17.1");
        var juan = spanish.QuerySelectorAll("a.scripture").Single(a => a.TextContent == "Juan 17.1");
        Assert.Equal("https://www.biblegateway.com/passage/?search=John%2017%3A1&version=NIV", john.GetAttribute("href"));
        Assert.Equal("https://www.biblegateway.com/passage/?search=John%2017%3A1&version=RVR1960", juan.GetAttribute("href"));
        Assert.Empty(english.QuerySelectorAll("h1 a.scripture, h2 a.scripture"));
    }

    [Fact]
    public void The_archive_lists_every_article_by_year_and_month()
    {
        var archive = _sample.Page("archive/index.html");

        Assert.Equal(["2025", "2024", "2023"], archive.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(5, archive.QuerySelectorAll(".archive-list li").Length);
    }

    [Fact]
    public void Runs_under_a_strict_content_security_policy_with_no_inline_script_or_style_and_no_third_party_address()
    {
        foreach (var file in _sample.HtmlFiles)
        {
            var page = _sample.Page(file);

            // Scripts are data (JSON-LD) or files of the site itself, such as the quick exit's; never code written into the page.
            Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.Equal(("/js/", ""), (s.GetAttribute("src")![..4], s.TextContent)));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onsubmit], [onerror]"));
            Assert.All(page.QuerySelectorAll("link[href], script[src], img[src], iframe, source[src]"), e =>
            {
                var address = e.GetAttribute("href") ?? e.GetAttribute("src") ?? "";
                Assert.False(address.StartsWith("http", StringComparison.Ordinal) && !e.Matches("link[rel=canonical], link[rel=alternate]"),
                    $"{file} loads {address}");
            });
        }
    }

    [Fact]
    public void Every_page_has_the_quick_exit_the_crisis_lines_and_the_disclaimer_and_links_the_browse_safely_page()
    {
        foreach (var file in _sample.HtmlFiles.Where(f => f != "did-you-fail-your-partner-5-tips-to-rebuild-their-trust/index.html"))
        {
            var page = _sample.Page(file);

            Assert.Equal("https://www.google.com/search?q=weather", page.QuerySelector("#quick-exit")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector(".site-footer .footer-crisis a[href='tel:988']"));
            Assert.NotNull(page.QuerySelector(".site-footer .disclaimer"));
            Assert.Null(page.QuerySelector(".licensure"));
            var safely = file.StartsWith("es/", StringComparison.Ordinal) ? "/es/navegar-con-seguridad/" : "/browse-safely/";
            Assert.NotNull(page.QuerySelector($".footer-nav a[href='{safely}']"));
        }
    }

    [Fact]
    public void Links_between_articles_lead_to_published_pages()
    {
        var page = _sample.Page("articles/first-steps-when-you-were-betrayed/index.html");

        Assert.Contains(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") == "/articles/did-you-fail-your-partner/");
    }

    [Fact]
    public void Matches_the_reviewed_golden_output()
    {
        var golden = Path.Combine(RepoPaths.Fixtures, "golden", "sample-site");
        if (GoldenFile.IsUpdating && Directory.Exists(golden))
        {
            // Rewritten whole, so a file the build no longer makes leaves the golden copy too.
            Directory.Delete(golden, recursive: true);
        }
        foreach (var (file, bytes) in _sample.Files.Where(f => !f.Key.StartsWith('.')))
        {
            GoldenFile.Verify(Path.Combine(RepoPaths.Fixtures, "golden", "sample-site", file), System.Text.Encoding.UTF8.GetString(bytes));
        }
        if (!GoldenFile.IsUpdating)
        {
            var expected = Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "golden", "sample-site"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.Fixtures, "golden", "sample-site"), f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            Assert.Equal(expected, _sample.Files.Keys.Where(k => !k.StartsWith('.')));
        }
    }

    [Fact]
    public void A_second_build_is_byte_identical()
    {
        var again = Path.Combine(_sample.Parent, "again");
        new SiteBuilder(TimeProvider.System, _ => BuiltSample.Epoch).Build(new BuildOptions(RepoPaths.Root, again));

        Assert.Equal(_sample.Files, ReadTree(again));
    }

    private static IReadOnlyDictionary<string, byte[]> ReadTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal)
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The sample site built once for the whole class, at a fixed date so that scheduled articles stay scheduled.</summary>
    public sealed class BuiltSample : IDisposable
    {
        public const string Epoch = "1767225600"; // 2026-01-01T00:00:00Z

        private readonly HtmlParser _parser = new();

        public BuiltSample()
        {
            Parent = Directory.CreateTempSubdirectory("trustsite-sample").FullName;
            Output = Path.Combine(Parent, "public");
            Result = new SiteBuilder(TimeProvider.System, name => name == "SOURCE_DATE_EPOCH" ? Epoch : null).Build(new BuildOptions(RepoPaths.Root, Output));
            Files = ReadTree(Output);
            HtmlFiles = [.. Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        }

        public string Parent { get; }

        public string Output { get; }

        public BuildResult Result { get; }

        public IReadOnlyDictionary<string, byte[]> Files { get; }

        public IReadOnlyList<string> HtmlFiles { get; }

        public IDocument Page(string file) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, file)));

        public bool IsRedirect(string file) => Page(file).QuerySelector("meta[http-equiv=refresh]") is not null;

        public void Dispose() => Directory.Delete(Parent, recursive: true);
    }
}
