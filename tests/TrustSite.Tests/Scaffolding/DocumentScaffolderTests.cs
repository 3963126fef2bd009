using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Scaffolding;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Scaffolding;

public class DocumentScaffolderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 30, 45, 250, TimeSpan.Zero);
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private const string Bilingual = """
        -- site.yml --
        title: T
        baseUrl: https://example.org/
        theme: plain
        newsletter: {action: https://n.example.org/}
        language: en
        languages:
          en: {name: English}
          es: {name: Español}
        """;

    private static (string? Path, DiagnosticBag Bag) New(TempSite site, ArchetypeKind kind, string title, string? lang = null, string? section = null)
    {
        var bag = new DiagnosticBag();
        var path = new DocumentScaffolder(new FixedClock(Now, Chicago)).Create(site.Root, new NewDocumentRequest(kind, title, lang, section), bag);
        return (path, bag);
    }

    private static (string? Path, DiagnosticBag Bag) NewArticle(TempSite site, string title, string? lang = null, string? section = null) =>
        New(site, ArchetypeKind.Article, title, lang, section);

    private static string Read(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Root, path));

    private static FrontMatter ReadBack(TempSite site, string path)
    {
        var bag = new DiagnosticBag();
        var block = FrontMatterSplitter.Split(Read(site, path), path, bag)!;
        var frontMatter = new FrontMatterParser(TimeZoneInfo.Utc).Parse(block.Yaml!, path, block.YamlFirstLine, bag);
        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        return frontMatter!;
    }

    [Fact]
    public void Writes_an_article_from_the_themes_archetype_with_every_value_it_can_use()
    {
        using var site = new TempSite("""
            -- themes/plain/archetypes/article.md --
            ---
            title: {{ title | yaml }}
            date: {{ date }}
            ---
            {{ slug }} {{ lang }} {{ section }}
            """);

        var (path, bag) = NewArticle(site, "Hope after grief");

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal("content/articles/hope-after-grief.md", path);
        Assert.Equal("---\ntitle: \"Hope after grief\"\ndate: 2026-11-24T09:30:45-06:00\n---\nhope-after-grief en articles\n", Read(site, path!));
    }

    [Fact]
    public void Without_an_archetype_in_the_theme_writes_the_front_matter_every_article_needs()
    {
        using var site = new TempSite("");

        var (path, _) = NewArticle(site, "Hope after grief");

        Assert.Equal("---\ntitle: \"Hope after grief\"\ndate: 2026-11-24T09:30:45-06:00\ndraft: true\ntags: []\nsummary: \"\"\n---\n\n", Read(site, path!));
    }

    [Fact]
    public void The_trust_themes_archetypes_give_a_draft_article_with_empty_tags_and_summary_and_a_draft_page()
    {
        using var site = new TempSite("").WithTrustTheme();

        var (article, _) = NewArticle(site, "Hope after grief");
        var (page, _) = New(site, ArchetypeKind.Page, "Our approach");

        var articleFront = ReadBack(site, article!);
        Assert.Equal(("Hope after grief", true, 0, null), (articleFront.Title, articleFront.Draft, articleFront.Tags.Length, articleFront.Summary));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 45, TimeSpan.FromHours(-6)), articleFront.Date);
        Assert.Contains("\ntags: []", Read(site, article!));
        Assert.Contains("\nsummary: \"\"", Read(site, article!));
        var pageFront = ReadBack(site, page!);
        Assert.Equal(("Our approach", true), (pageFront.Title, pageFront.Draft));
    }

    [Fact]
    public void Folds_accents_into_the_address_and_writes_spanish_articles_in_the_spanish_folder()
    {
        using var site = new TempSite(Bilingual).WithTrustTheme();

        var (path, bag) = NewArticle(site, "Perdón y confianza", lang: "es");

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal("content/es/articles/perdon-y-confianza.md", path);
        Assert.Equal("Perdón y confianza", ReadBack(site, path!).Title);
        Assert.Contains("Escribe aquí el artículo", Read(site, path!));
    }

    [Theory]
    [InlineData("Forgiveness: what it is, and what it is not")]
    [InlineData("\"Why?\" she asked")]
    [InlineData("#1 thing to say")]
    [InlineData("- a list? no, a title")]
    [InlineData("Yes")]
    [InlineData("null")]
    [InlineData("2024-05-01 plans")]
    [InlineData("It's 'quoted' and back\\slashed")]
    [InlineData("{braces} [brackets] & *stars* | pipes > more")]
    [InlineData("@home %percent !bang `tick`")]
    [InlineData("Oración 🙏 por el matrimonio")]
    public void Quotes_any_title_so_that_it_reads_back_exactly(string title)
    {
        using var site = new TempSite("").WithTrustTheme();

        var (path, bag) = NewArticle(site, title);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal(title, ReadBack(site, path!).Title);
    }

    [Fact]
    public void Dates_are_in_the_sites_time_zone_when_site_yml_names_one()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            timezone: Asia/Tokyo
            newsletter: {action: https://n.example.org/}
            """);

        var (path, _) = NewArticle(site, "Hope");

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 30, 45, TimeSpan.FromHours(9)), ReadBack(site, path!).Date);
        Assert.Contains("date: 2026-11-25T00:30:45+09:00\n", Read(site, path!));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_article_and_leaves_it_as_it_was()
    {
        using var site = new TempSite("-- content/articles/hope.md --\nmine, not to be lost");

        var (path, bag) = NewArticle(site, "Hope");

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ScaffoldTargetExists, "content/articles/hope.md"), (error.Code, error.Location.Path));
        Assert.Equal("mine, not to be lost\n", Read(site, "content/articles/hope.md"));
    }

    [Fact]
    public void Refuses_an_article_whose_address_a_bundle_or_a_translation_file_already_has()
    {
        using var site = new TempSite(Bilingual + """

            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            -- content/articles/fe.es.md --
            ---
            title: Fe
            ---
            """);

        var (bundle, bundleBag) = NewArticle(site, "Hope");
        var (translation, translationBag) = NewArticle(site, "Fe", lang: "es");

        Assert.Equal((null, "content/articles/hope/index.md"), (bundle, bundleBag.Single().Location.Path));
        Assert.Equal((null, "content/articles/fe.es.md"), (translation, translationBag.Single().Location.Path));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/es/articles/fe.md")));
    }

    [Fact]
    public void Reports_an_unknown_section_with_a_suggestion_and_writes_nothing()
    {
        using var site = new TempSite("");

        var (path, bag) = NewArticle(site, "Hope", section: "artcles");

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ScaffoldUnknownSection, "there is no section \"artcles\"", "did you mean 'articles'?"), (error.Code, error.Message, error.Hint));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
    }

    [Fact]
    public void Accepts_a_section_that_has_a_folder_but_not_the_folder_of_a_page()
    {
        using var site = new TempSite("""
            -- content/sermons/_index.md --
            ---
            title: Sermons
            ---
            -- content/about.md --
            ---
            title: About
            ---
            -- content/about/team.md --
            ---
            title: Team
            ---
            """);

        var (sermon, _) = NewArticle(site, "Hope", section: "sermons");
        var (underPage, bag) = NewArticle(site, "Hope", section: "about");

        Assert.Equal("content/sermons/hope.md", sermon);
        Assert.Null(underPage);
        Assert.Equal(DiagnosticCodes.ScaffoldUnknownSection, bag.Single().Code);
    }

    [Fact]
    public void Reports_a_language_the_site_does_not_have_and_names_those_it_has()
    {
        using var site = new TempSite(Bilingual);

        var (path, bag) = NewArticle(site, "Espoir", lang: "fr");

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ScaffoldUnknownLanguage, "the site has no language \"fr\"; its languages: en, es"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("¿?", "the title \"¿?\" has no letters or digits to make an address from")]
    [InlineData("   ", "a new document needs a title")]
    [InlineData("Index", "the title \"Index\" would give the address \"index\", which cannot be used: index.md is the file of a folder's own page")]
    [InlineData("CON", "the title \"CON\" would give the address \"con\", which cannot be used: 'con' is a reserved file name on Windows")]
    public void Reports_a_title_that_gives_no_usable_address(string title, string message)
    {
        using var site = new TempSite("");

        var (path, bag) = NewArticle(site, title);

        Assert.Null(path);
        Assert.Equal((DiagnosticCodes.ScaffoldNoAddress, message), (bag.Single().Code, bag.Single().Message));
    }

    [Fact]
    public void Without_site_yml_says_how_to_create_a_site()
    {
        using var site = new TempSite("", withDefaults: false);

        var (path, bag) = NewArticle(site, "Hope");

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigMissing, error.Code);
        Assert.Contains("trustsite new site DIR", error.Hint);
    }

    [Fact]
    public void A_child_themes_archetype_wins_over_its_parents_and_the_parent_fills_in_the_rest()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: child
            newsletter: {action: https://n.example.org/}
            -- themes/child/theme.yml --
            extends: plain
            -- themes/child/archetypes/article.md --
            ---
            title: {{ title | yaml }}
            ---
            child
            -- themes/plain/archetypes/article.md --
            ---
            title: {{ title | yaml }}
            ---
            parent
            -- themes/plain/archetypes/page.md --
            ---
            title: {{ title | yaml }}
            ---
            parent page
            """);

        var (article, _) = NewArticle(site, "Hope");
        var (page, _) = New(site, ArchetypeKind.Page, "About");

        Assert.EndsWith("---\nchild\n", Read(site, article!));
        Assert.EndsWith("---\nparent page\n", Read(site, page!));
    }

    [Fact]
    public void Reports_a_misspelt_variable_in_an_archetype_at_its_line_and_writes_nothing()
    {
        using var site = new TempSite("""
            -- themes/plain/archetypes/article.md --
            ---
            title: {{ title | yaml }}
            date: {{ dat }}
            ---
            """);

        var (path, bag) = NewArticle(site, "Hope");

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.TemplateRuntime, "themes/plain/archetypes/article.md:3:10"), (error.Code, error.Location.ToString()));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/articles/hope.md")));
    }

    [Theory]
    [InlineData("Hope: again")]
    [InlineData("#1 hope")]
    public void Reports_an_archetype_that_writes_the_title_without_quoting_it(string title)
    {
        using var site = new TempSite("""
            -- themes/plain/archetypes/article.md --
            ---
            title: {{ title }}
            ---
            """);

        var (path, bag) = NewArticle(site, title);

        Assert.Null(path);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ArchetypeInvalid, "themes/plain/archetypes/article.md"), (error.Code, error.Location.Path));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content")));
    }

    [Fact]
    public void Writes_pages_at_the_root_of_the_content_or_of_their_languages_folder()
    {
        using var site = new TempSite(Bilingual);

        var (english, _) = New(site, ArchetypeKind.Page, "Our approach");
        var (spanish, _) = New(site, ArchetypeKind.Page, "Nuestro enfoque", lang: "es");

        Assert.Equal(("content/our-approach.md", "content/es/nuestro-enfoque.md"), (english, spanish));
    }

    [Fact]
    public void Refuses_a_page_that_would_turn_a_section_into_sub_pages_or_take_a_languages_home()
    {
        using var site = new TempSite(Bilingual + "\n-- content/articles/a.md --\n---\ntitle: A\n---\n");

        var (section, sectionBag) = New(site, ArchetypeKind.Page, "Articles");
        var (language, languageBag) = New(site, ArchetypeKind.Page, "ES");

        Assert.Equal((null, DiagnosticCodes.ScaffoldTargetExists), (section, sectionBag.Single().Code));
        Assert.Equal((null, DiagnosticCodes.ScaffoldNoAddress), (language, languageBag.Single().Code));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/articles.md")));
    }

    [Fact]
    public void A_new_article_is_a_draft_the_site_builds_only_with_drafts()
    {
        using var site = new TempSite("").WithTrustTheme();
        // Written a month before the moment TempSite builds at, so that the article is not in the future.
        new DocumentScaffolder(new FixedClock(new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero)))
            .Create(site.Root, new NewDocumentRequest(ArchetypeKind.Article, "Hope after grief"), new DiagnosticBag());

        var withoutDrafts = site.Build();
        var published = site.OutputExists("articles/hope-after-grief/index.html");
        var withDrafts = site.Build(drafts: true);

        Assert.True(withoutDrafts.Succeeded, withoutDrafts.Diagnostics.Describe());
        Assert.False(published);
        Assert.True(withDrafts.Succeeded, withDrafts.Diagnostics.Describe());
        Assert.Contains("Hope after grief", site.ReadOutput("articles/hope-after-grief/index.html"));
    }
}
