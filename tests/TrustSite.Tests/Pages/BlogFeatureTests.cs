using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Pages;

/// <summary>Taxonomies, pagination, archive, aliases and languages, built end to end from small sites.</summary>
public class BlogFeatureTests
{
    private static string Articles(int count, string tags = "[grief]") => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"-- content/articles/a{i:00}.md --\n---\ntitle: Article {i}\ndate: 2024-01-{i:00}\ntags: {tags}\n---\nText {i}.\n"));

    [Fact]
    public void Spellings_that_differ_by_case_accents_and_spaces_are_one_term()
    {
        using var site = new TempSite("""
            -- content/articles/a.md --
            ---
            title: A
            tags: ["Matrimonio y Fe"]
            ---
            -- content/articles/b.md --
            ---
            title: B
            tags: ["matrimonio  y fé"]
            ---
            -- content/articles/c.md --
            ---
            title: C
            tags: ["Matrimonio y Fe"]
            ---
            """);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var term = site.ReadOutput("tags/matrimonio-y-fe/index.html");
        Assert.Contains("<h1>Matrimonio y Fe</h1>", term);
        Assert.Equal(3, term.Split("class=\"item\"").Length - 1);
    }

    [Fact]
    public void Two_terms_that_would_share_an_address_are_an_error_naming_both()
    {
        using var site = new TempSite("-- content/articles/a.md --\n---\ntitle: A\ntags: [\"grief & loss\"]\n---\n-- content/articles/b.md --\n---\ntitle: B\ntags: [\"grief loss\"]\n---\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateUrl, diagnostic.Code);
        Assert.Contains("\"grief loss\" (content/articles/b.md) and \"grief & loss\" (content/articles/a.md) would share the address /tags/grief-loss/", diagnostic.Message);
        Assert.Equal(new SourceLocation("content/articles/b.md", 3, 7), diagnostic.Location);
    }

    [Fact]
    public void Paginates_home_sections_and_terms_with_page_one_at_the_root()
    {
        using var site = new TempSite(Articles(23));

        site.Build();

        Assert.True(site.OutputExists("index.html"));
        Assert.True(site.OutputExists("page/2/index.html"));
        Assert.True(site.OutputExists("page/3/index.html"));
        Assert.False(site.OutputExists("page/4/index.html"));
        Assert.False(site.OutputExists("page/1/index.html"));
        Assert.True(site.OutputExists("articles/page/3/index.html"));
        Assert.True(site.OutputExists("tags/grief/page/3/index.html"));
        var last = site.ReadOutput("page/3/index.html");
        Assert.Equal(3, last.Split("class=\"item\"").Length - 1);
        Assert.Contains("Article 3<", last);
    }

    [Fact]
    public void Paginated_lists_link_their_neighbours_with_rel_prev_and_next_in_the_trust_theme()
    {
        using var site = new TempSite(Articles(23)).WithTrustTheme();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var parser = new HtmlParser();
        (string? Prev, string? Next) Head(string file)
        {
            var page = parser.ParseDocument(site.ReadOutput(file));
            return (page.Head!.QuerySelector("link[rel=prev]")?.GetAttribute("href"), page.Head!.QuerySelector("link[rel=next]")?.GetAttribute("href"));
        }
        Assert.Equal((null, "/page/2/"), Head("index.html"));
        Assert.Equal(("/", "/page/3/"), Head("page/2/index.html"));
        Assert.Equal(("/page/2/", null), Head("page/3/index.html"));
        Assert.Equal(("/tags/grief/", "/tags/grief/page/3/"), Head("tags/grief/page/2/index.html"));
        Assert.Equal((null, null), Head("articles/a01/index.html"));
        var pager = parser.ParseDocument(site.ReadOutput("articles/page/2/index.html")).QuerySelector("nav.pagination")!;
        Assert.Equal("/articles/", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/articles/page/3/", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Translations_linked_by_file_name_point_at_each_other_in_the_trust_theme()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            language: en
            languages:
              en:
                name: English
              es:
                name: Español
            -- content/articles/hope.md --
            ---
            title: Hope
            date: 2024-01-01
            ---
            Text.
            -- content/articles/hope.es.md --
            ---
            title: Esperanza
            date: 2024-01-01
            ---
            Texto.
            """).WithTrustTheme();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var parser = new HtmlParser();
        var english = parser.ParseDocument(site.ReadOutput("articles/hope/index.html"));
        var spanish = parser.ParseDocument(site.ReadOutput("es/articles/hope/index.html"));
        (string?, string?)[] expected = [("en", "https://example.org/articles/hope/"), ("es", "https://example.org/es/articles/hope/")];
        Assert.Equal(expected, english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal(expected, spanish.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal(["/es/articles/hope/"], english.QuerySelectorAll(".translations a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/articles/hope/"], spanish.QuerySelectorAll(".translations a").Select(a => a.GetAttribute("href")));
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["/articles/hope/", "/es/articles/hope/"], spanish.QuerySelectorAll(".language-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Lists_every_taxonomy_with_counts_per_term()
    {
        using var site = new TempSite(TempSite.MinimalTheme + "\n-- themes/plain/layouts/taxonomy.html --\n{{ for term in page.taxonomy.terms }}[{{ term.name }}:{{ term.count }}]{{ end }}\n"
            + Articles(3) + "-- content/articles/b.md --\n---\ntitle: B\ntags: [hope, grief]\n---\n");

        site.Build();

        Assert.Equal("[grief:4][hope:1]\n", site.ReadOutput("tags/index.html"));
    }

    [Fact]
    public void An_alias_on_top_of_a_page_is_an_error()
    {
        using var site = new TempSite("-- content/about.md --\n---\ntitle: About\n---\n-- content/articles/a.md --\n---\ntitle: A\naliases: [/about/]\n---\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputConflict, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/articles/a.md", 3, 10), diagnostic.Location);
    }

    [Fact]
    public void Checks_links_to_headings_of_other_pages()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            ---
            ## How I work
            -- content/articles/a.md --
            ---
            title: A
            ---
            See [how](../about.md#how-i-work) and [nowhere](../about.md#how-i-wrok) and [here](#missing).
            """);

        var result = site.Build();

        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("content/about.md has no heading or id \"how-i-wrok\"") && d.Hint == "did you mean 'how-i-work'?");
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("content/articles/a.md has no heading or id \"missing\""));
    }

    [Fact]
    public void Publishes_data_files_to_templates_but_never_to_visitors()
    {
        using var site = new TempSite(TempSite.MinimalTheme + """

            -- themes/plain/layouts/page.html --
            {{ for verse in site.data.verses.comfort }}<q>{{ verse }}</q>{{ end }}
            -- content/_data/verses/comfort.yml --
            - "Come to me, all you who are weary"
            - "The Lord is close to the brokenhearted"
            -- content/_private/notes.txt --
            not for visitors
            -- content/about.md --
            ---
            title: About
            ---
            """);

        site.Build();

        Assert.Equal("<q>Come to me, all you who are weary</q><q>The Lord is close to the brokenhearted</q>\n", site.ReadOutput("about/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "_data")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "_private")));
    }

    [Fact]
    public void Gives_each_language_its_own_home_lists_and_taxonomies()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter: {action: https://n.example.org/}
            languages:
              en: {name: English}
              es: {name: Español, title: Sitio de prueba}
            -- content/articles/hope.md --
            ---
            title: Hope
            tags: [hope]
            ---
            -- content/articles/hope.es.md --
            ---
            title: Esperanza
            tags: [esperanza]
            ---
            -- content/es/articles/fe.md --
            ---
            title: Fe
            ---
            """);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.True(site.OutputExists("es/articles/hope/index.html"));
        Assert.True(site.OutputExists("es/articles/fe/index.html"));
        Assert.True(site.OutputExists("es/tags/esperanza/index.html"));
        Assert.False(site.OutputExists("tags/esperanza/index.html"));
        var spanishHome = new HtmlParser().ParseDocument(site.ReadOutput("es/index.html"));
        Assert.Equal("es", spanishHome.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Esperanza", "Fe"], spanishHome.QuerySelectorAll("a.item").Select(a => a.TextContent).Order());
    }

    [Fact]
    public void A_taxonomy_added_in_site_yml_gets_titled_index_and_term_pages_in_the_trust_theme()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            taxonomies: [tags, topics]
            -- content/articles/a.md --
            ---
            title: On prayer
            date: 2024-01-01
            topics: [Prayer]
            tags: [faith]
            ---
            Text.
            """).WithTrustTheme();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var parser = new HtmlParser();
        var index = parser.ParseDocument(site.ReadOutput("topics/index.html"));
        Assert.Equal("Topics", index.QuerySelector("h1")!.TextContent);
        Assert.Equal("/topics/prayer/", index.QuerySelector(".term-list a")!.GetAttribute("href"));
        var term = parser.ParseDocument(site.ReadOutput("topics/prayer/index.html"));
        Assert.Equal("Topics", term.QuerySelector(".page-header .meta a")!.TextContent);
        Assert.Equal("Articles under “Prayer”", term.QuerySelector(".page-header .lead")!.TextContent);
        Assert.Contains("On prayer", term.QuerySelector("main")!.TextContent);
        var tags = parser.ParseDocument(site.ReadOutput("tags/faith/index.html"));
        Assert.Equal("Articles on “faith”", tags.QuerySelector(".page-header .lead")!.TextContent);
    }

    [Fact]
    public void Errors_on_a_missing_theme_text_at_the_template()
    {
        using var site = new TempSite("-- themes/plain/i18n/en.yml --\nread_more: Read more\n-- themes/plain/layouts/page.html --\n{{ t \"read_mroe\" }}\n-- content/about.md --\n---\ntitle: About\n---\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("themes/plain/layouts/page.html", diagnostic.Location.Path);
        Assert.Contains("no text \"read_mroe\" in the theme's i18n/en.yml; did you mean", diagnostic.Message);
        Assert.Contains("did you mean \"read_more\"?", diagnostic.Message);
    }
}
