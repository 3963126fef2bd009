using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown;
using TrustSite.Site;
using TrustSite.Tests.TestSupport;
using static TrustSite.Tests.TestSupport.IndexFactory;

namespace TrustSite.Tests.Markdown;

public class MarkdownRendererTests
{
    private static readonly PublishedDocument About = new(Doc("about.md", kind: DocumentKind.Page), "/about/");

    private static (RenderedDocument Rendered, DiagnosticBag Bag) Render(string body, bool unsafeHtml = false, int bodyFirstLine = 1, string basePath = "/")
    {
        var document = new PublishedDocument(Doc("articles/hope.md", body, bodyFirstLine), "/articles/hope/");
        var index = Index([document, About]);
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(new MarkdownOptions(unsafeHtml, true)), new MarkdownOptions(unsafeHtml, true), new LinkResolver(index, basePath), HtmlPostProcessor.Default, new TrustSite.Media.ImageSizeReader(), new HashSet<string> { "figure", "note" }, TrustSite.Scripture.ScriptureOptions.None);
        var bag = new DiagnosticBag();
        return (renderer.Render(document, bag), bag);
    }

    [Fact]
    public void Renders_tables_footnotes_heading_ids_and_typographic_quotes()
    {
        var (rendered, _) = Render("## Don't rush\n\n\"Quoted\" text[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.\n");

        Assert.Contains("<h2 id=\"dont-rush\">", rendered.Html);
        Assert.Contains("“Quoted”", rendered.Html);
        Assert.Contains("<table>", rendered.Html);
        Assert.Contains("class=\"footnotes\"", rendered.Html);
    }

    [Fact]
    public void Rewrites_links_to_markdown_files_into_page_urls()
    {
        var (rendered, bag) = Render("See [about](../about.md#how-i-work).");

        Assert.False(bag.HasErrors);
        Assert.Contains("<a href=\"/about/#how-i-work\">about</a>", rendered.Html);
    }

    [Fact]
    public void Reports_a_broken_link_at_its_file_line_after_ten_lines_of_front_matter()
    {
        var (_, bag) = Render("Intro.\n\nSee [the missing one](missing.md) here.\n", bodyFirstLine: 13);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.BrokenLink, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/articles/hope.md", 15, 5), diagnostic.Location);
    }

    [Fact]
    public void Marks_external_links_and_lazy_loads_images()
    {
        var (rendered, _) = Render("[Gottman](https://www.gottman.com/) and <https://example.org>\n\n![Hills](hills.png)\n");

        Assert.Contains("<a href=\"https://www.gottman.com/\" rel=\"noopener\">", rendered.Html);
        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener\">", rendered.Html);
        Assert.Contains("loading=\"lazy\"", rendered.Html);
        Assert.Contains("decoding=\"async\"", rendered.Html);
    }

    [Fact]
    public void Escapes_raw_html_when_unsafe_is_off_rather_than_dropping_it()
    {
        var (rendered, _) = Render("Hello <script>alert(1)</script> world\n");

        Assert.DoesNotContain("<script>", rendered.Html);
        Assert.Contains("&lt;script&gt;", rendered.Html);
    }

    [Fact]
    public void Refuses_a_javascript_link_in_markdown()
    {
        var (_, bag) = Render("[click](javascript:alert(1))\n");

        Assert.Equal(DiagnosticCodes.BrokenLink, bag.Single().Code);
    }

    [Fact]
    public void Gives_raw_html_the_same_treatment_as_markdown_through_angle_sharp()
    {
        var markdown = "[a](../about.md) [b](https://example.com/)\n\n![c](c.png)\n";
        var raw = "<p><a href=\"../about.md\">a</a> <a href=\"https://example.com/\">b</a></p>\n<p><img src=\"c.png\" alt=\"c\"></p>\n";

        var (fromMarkdown, _) = Render(markdown, unsafeHtml: true);
        var (fromHtml, bag) = Render(raw, unsafeHtml: true);

        Assert.False(bag.HasErrors);
        foreach (var html in new[] { fromMarkdown.Html, fromHtml.Html })
        {
            Assert.Contains("href=\"/about/\"", html);
            Assert.Contains("rel=\"noopener\"", html);
            Assert.Contains("loading=\"lazy\"", html);
        }
    }

    [Fact]
    public void Locates_a_broken_link_in_raw_html_by_its_text()
    {
        var (_, bag) = Render("Intro\n\n<div>\n<a href=\"nowhere.md\">x</a>\n</div>\n", unsafeHtml: true, bodyFirstLine: 4);

        Assert.Equal(new SourceLocation("content/articles/hope.md", 7, 10), bag.Single().Location);
    }

    [Fact]
    public void Counts_words_and_builds_a_summary_of_sixty_words_cut_on_a_word()
    {
        var words = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"word{i}"));

        var (rendered, _) = Render($"# Title here\n\n{words}\n");

        Assert.Equal(82, rendered.WordCount);
        Assert.StartsWith("word1 word2", rendered.Summary);
        Assert.EndsWith("word60…", rendered.Summary);
    }

    [Fact]
    public void Refuses_ten_thousand_nested_quotes_quickly_at_their_line()
    {
        var (_, bag) = Render("Intro\n\n" + new string('>', 10_000) + " deep\n", bodyFirstLine: 5);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.MarkdownTooDeep, diagnostic.Code);
        Assert.Equal(7, diagnostic.Location.Line);
    }

    [Fact]
    public void Refuses_ten_thousand_nested_list_levels_quickly()
    {
        var (_, bag) = Render(string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i * 2) + "- x\n")));

        Assert.Equal(DiagnosticCodes.MarkdownTooDeep, bag.Single().Code);
    }

    [Fact]
    public void Reports_markdigs_own_depth_limit_as_a_diagnostic()
    {
        var (_, bag) = Render(new string('[', 5000) + " x\n");

        Assert.Equal(DiagnosticCodes.MarkdownTooDeep, bag.Single().Code);
    }

    [Fact]
    public void Renders_a_line_of_a_million_characters()
    {
        var (rendered, bag) = Render(string.Concat(Enumerable.Repeat("word ", 200_000)) + "\n");

        Assert.False(bag.HasErrors);
        Assert.Equal(200_000, rendered.WordCount);
    }
}
