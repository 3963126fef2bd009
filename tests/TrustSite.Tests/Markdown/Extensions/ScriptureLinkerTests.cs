using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Markdig;
using TrustSite.Configuration;
using TrustSite.Markdown;
using TrustSite.Markdown.Extensions;
using TrustSite.Scripture;

namespace TrustSite.Tests.Markdown.Extensions;

public class ScriptureLinkerTests
{
    private const string Pattern = "https://www.biblegateway.com/passage/?search={ref}&version={version}";

    private static readonly ScriptureLinker Linker = new(new ScriptureOptions(ImmutableDictionary.CreateRange(
    [
        KeyValuePair.Create("en", new ScriptureLinkPattern(Pattern, "NIV")),
        KeyValuePair.Create("es", new ScriptureLinkPattern(Pattern, "RVR1960")),
    ])));

    private static string Render(string markdown, string language = "en", bool isEnabled = true, bool unsafeHtml = false)
    {
        var pipeline = MarkdownPipelineFactory.Create(new MarkdownOptions(unsafeHtml, Typographer: true));
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        Linker.Link(document, language, isEnabled);
        return document.ToHtml(pipeline).TrimEnd('\n');
    }

    private static string Link(string search, string text, string version = "NIV") =>
        $"<a href=\"https://www.biblegateway.com/passage/?search={search}&amp;version={version}\" class=\"scripture\" rel=\"noopener\">{text}</a>";

    [Fact]
    public void Links_the_reference_of_the_article_sentence_inside_its_parentheses()
    {
        var html = Render("God is intimacy and unity and all his creation has this same quality (John 17.1).");

        Assert.Equal($"<p>God is intimacy and unity and all his creation has this same quality ({Link("John%2017%3A1", "John 17.1")}).</p>", html);
    }

    [Fact]
    public void Links_two_references_of_one_paragraph_and_keeps_the_text_around_them()
    {
        var html = Render("Read Genesis 2:24 first, then Eph 5:31-33 and pray.");

        Assert.Equal($"<p>Read {Link("Genesis%202%3A24", "Genesis 2:24")} first, then {Link("Ephesians%205%3A31-33", "Eph 5:31-33")} and pray.</p>", html);
    }

    [Fact]
    public void Links_spanish_references_to_the_spanish_version()
    {
        var html = Render("Lee 1 Corintios 13:4-7 y Sal 23.", "es");

        Assert.Equal($"<p>Lee {Link("1%20Corinthians%2013%3A4-7", "1 Corintios 13:4-7", "RVR1960")} y {Link("Psalm%2023", "Sal 23", "RVR1960")}.</p>", html);
    }

    [Fact]
    public void Leaves_code_spans_code_blocks_links_and_headings_alone()
    {
        var markdown = "## John 3:16\n\n`John 3:16` and [John 3:16](https://example.org/) and <https://example.org/John%203:16>\n\n```\nJohn 3:16\n```\n\n    John 3:16\n";

        var html = Render(markdown);

        Assert.DoesNotContain("scripture", html);
        Assert.Contains("<h2 id=\"john-316\">John 3:16</h2>", html);
        Assert.Contains("<code>John 3:16</code>", html);
    }

    [Fact]
    public void Leaves_a_paragraph_with_raw_html_alone_and_links_the_next_one()
    {
        var html = Render("<a href=\"/x\">John 3:16</a> and Romans 5:8\n\nRomans 6:23", unsafeHtml: true);

        Assert.Equal($"<p><a href=\"/x\">John 3:16</a> and Romans 5:8</p>\n<p>{Link("Romans%206%3A23", "Romans 6:23")}</p>", html);
    }

    [Fact]
    public void Links_inside_emphasis_lists_quotes_and_tables()
    {
        var html = Render("- *see John 3:16*\n\n> Ps 23:1\n\n| verse |\n|---|\n| Heb 13:4 |\n");

        Assert.Contains($"<em>see {Link("John%203%3A16", "John 3:16")}</em>", html);
        Assert.Contains($"<p>{Link("Psalm%2023%3A1", "Ps 23:1")}</p>", html);
        Assert.Contains($"<td>{Link("Hebrews%2013%3A4", "Heb 13:4")}</td>", html);
    }

    [Fact]
    public void Keeps_typographic_dashes_and_entities_inside_the_link_text()
    {
        var html = Render("Genesis 2:24--25 and Juan&nbsp;3:16", "es");

        Assert.Contains($"{Link("Genesis%202%3A24-25", "Genesis 2:24–25", "RVR1960")}", html);
        Assert.Contains($"{Link("John%203%3A16", "Juan\u00a03:16", "RVR1960")}", html);
    }

    [Fact]
    public void Does_not_link_a_reference_split_by_emphasis_or_followed_by_a_link()
    {
        var html = Render("*Mark* 5:1 and Mark 5 [people](https://example.org/) and Psalm 23 `code`");

        Assert.DoesNotContain("scripture", html);
    }

    [Fact]
    public void Reads_a_chapter_at_the_end_of_a_line_but_not_one_followed_by_a_word_on_the_next()
    {
        var html = Render("Pray Psalm 23\nevery morning, and Psalm 91\n\nEnd.");

        Assert.Equal($"<p>Pray Psalm 23\nevery morning, and {Link("Psalm%2091", "Psalm 91")}</p>\n<p>End.</p>", html);
    }

    [Fact]
    public void Links_nothing_when_switched_off_for_the_document_or_without_a_pattern_for_the_language()
    {
        var off = Render("John 3:16", isEnabled: false);
        var french = Render("John 3:16", "fr");

        Assert.Equal("<p>John 3:16</p>", off);
        Assert.Equal("<p>John 3:16</p>", french);
    }

    [Fact]
    public void Counts_the_links_it_makes()
    {
        var pipeline = MarkdownPipelineFactory.Create(MarkdownOptions.Default);
        var document = Markdig.Markdown.Parse("Romans 5:8; 6:23\n\n# John 3:16\n\nJohn 3:16", pipeline);

        var count = Linker.Link(document, "en", isEnabled: true);

        Assert.Equal(3, count);
    }

    [Fact]
    public void Only_wraps_text_in_links_whatever_the_markdown()
    {
        string[] words =
        [
            "John", "3:16", "Genesis", "2.24", "Mark", "5", "people", "(", ")", ",", ";", "-", "--", "*", "**", "_", "`",
            "[link](https://example.org/)", "[John 3:16](https://example.org/)", "\n", "\n\n", "\n# ", "\n> ", "\n- ", "\n| a |\n|---|\n| ",
            "Sal", "23", "1 Cor.", "13:4-7", "&nbsp;", "&amp;", "\"", "'", "...", "Ps", "119:176", "Jude", "Romans 5:1-5, 8; 6:23",
            "<b>", "</b>", "\\", "<https://example.org>", "[^1]", "\n\n[^1]: ", "Juan", "17.1", ".", "Génesis",
        ];
        var random = new Random(7);
        var parser = new HtmlParser();
        var links = 0;
        for (var n = 0; n < 400; n++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var unsafeHtml = random.Next(2) == 0;

            var plain = Render(markdown, isEnabled: false, unsafeHtml: unsafeHtml);
            var linked = Render(markdown, unsafeHtml: unsafeHtml);

            var document = parser.ParseDocument(linked);
            foreach (var link in document.QuerySelectorAll("a.scripture").ToList())
            {
                links++;
                Assert.Null(link.ParentElement!.Closest("a:not(.scripture), code, h1, h2, h3, h4, h5, h6"));
                link.Replace([.. link.ChildNodes]);
            }
            Assert.Equal(parser.ParseDocument(plain).Body!.InnerHtml, document.Body!.InnerHtml);
        }
        Assert.True(links > 100, $"only {links} links were made, so the documents test little");
    }
}
