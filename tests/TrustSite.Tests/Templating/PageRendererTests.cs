using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Templating;

public class PageRendererTests
{
    [Fact]
    public void Reports_a_runtime_error_in_a_partial_at_the_partial_and_names_the_page()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/page.html --
            ---
            layout: base
            ---
            {{ include "meta.html" }}
            -- themes/plain/partials/meta.html --
            <p>one</p>
            <p>{{ page.titel }}</p>
            -- content/about.md --
            ---
            title: About
            ---
            Hi
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(new SourceLocation("themes/plain/partials/meta.html", 2, 12), diagnostic.Location);
        Assert.Contains("titel", diagnostic.Message);
        Assert.Contains("while building content/about.md", diagnostic.Message);
    }

    [Fact]
    public void Reports_a_template_mistake_once_for_all_the_pages_it_breaks()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/article.html --
            {{ page.nope }}
            -- content/articles/a.md --
            ---
            title: A
            ---
            -- content/articles/b.md --
            ---
            title: B
            ---
            -- content/articles/c.md --
            ---
            title: C
            ---
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("while building content/articles/a.md and 2 other pages", diagnostic.Message);
    }

    [Fact]
    public void Stops_a_template_that_includes_itself()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/page.html --
            {{ include "loop.html" }}
            -- themes/plain/partials/loop.html --
            {{ include "loop.html" }}
            -- content/about.md --
            ---
            title: About
            ---
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("loop.html -> loop.html", diagnostic.Message);
        Assert.Equal("themes/plain/partials/loop.html", diagnostic.Location.Path);
    }

    [Fact]
    public void Stops_an_endless_loop()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/page.html --
            {{ while true }}x{{ end }}
            -- content/about.md --
            ---
            title: About
            ---
            """);

        var result = site.Build();

        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Errors_on_a_missing_layout_listing_the_paths_tried()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            layout: fancy
            ---
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutMissing, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/about.md", 3, 9), diagnostic.Location);
        Assert.Contains("themes/plain/layouts/fancy.html", diagnostic.Message);
    }

    [Fact]
    public void Wraps_layouts_in_their_parents()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About <me>
            ---
            Body text
            """);

        site.Build();

        var html = site.ReadOutput("about/index.html");
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head><title>About &lt;me&gt;</title>", html);
        Assert.Contains("<h1>About &lt;me&gt;</h1>", html);
        Assert.Contains("<p>Body text</p>", html);
    }

    [Fact]
    public void Hands_a_parent_layout_the_child_output_to_write_compare_and_transform()
    {
        // Three levels: the middle layout gets the article layout's output while it is still in its buffer.
        using var site = new TempSite("""
            -- themes/plain/layouts/article.html --
            ---
            layout: middle
            ---
            <article>{{ content }}</article>
            -- themes/plain/layouts/middle.html --
            ---
            layout: base
            ---
            {{ if content != "" }}<div data-size="{{ content | string.size }}">{{ content }}</div>{{ end }}{{ content | string.upcase | string.slice 0 9 }}({{ content.value | string.size }})
            -- content/articles/a.md --
            ---
            title: A
            ---
            Body <text> é 😀
            """);

        site.Build();

        var html = site.ReadOutput("articles/a/index.html");
        // The article layout's output, newline included; string.size counts UTF-16 units as .NET strings do (the emoji is two).
        const string article = "<article><p>Body &lt;text&gt; é 😀</p>\n</article>\n";
        Assert.Contains($"<main><div data-size=\"{article.Length}\">{article}</div>&lt;ARTICLE&gt;({article.Length})\n</main>", html);
    }

    [Fact]
    public void Gives_templates_each_taxonomy_terms_of_the_page()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            taxonomies: [tags, topics]
            newsletter:
              action: https://newsletter.example.org/subscribe
            -- themes/plain/layouts/article.html --
            {{ for term in page.terms.topics }}<a href="{{ term.url }}">{{ term.name }}</a>{{ end }}|{{ page.terms.tags | array.size }}
            -- content/articles/a.md --
            ---
            title: A
            tags: [hope]
            topics: [grief, marriage]
            ---
            """);

        site.Build();

        Assert.Equal("<a href=\"/topics/grief/\">grief</a><a href=\"/topics/marriage/\">marriage</a>|1", site.ReadOutput("articles/a/index.html").Trim());
    }

    [Fact]
    public void Gives_the_page_layout_the_document_html_to_write_compare_and_transform()
    {
        // The document's HTML is kept as UTF-8 and decoded straight into the output; compared or piped, it is the same text.
        using var site = new TempSite("""
            -- themes/plain/layouts/article.html --
            {{ if content != "" }}[{{ content | string.size }}]{{ content }}{{ end }}<{{ content.value | string.size }}>
            -- content/articles/a.md --
            ---
            title: A
            ---
            Grâce 😀 <b>
            """);

        site.Build();

        const string html = "<p>Grâce 😀 &lt;b&gt;</p>\n";
        Assert.Equal($"[{html.Length}]{html}<{html.Length}>", site.ReadOutput("articles/a/index.html").Trim());
    }

    [Theory]
    [InlineData("{{ relurl \"/a/\" \"/b/\" }}", "invalid number of arguments `2` passed to `relurl")]
    [InlineData("{{ t }}", "invalid number of arguments `0` passed to `t`")]
    [InlineData("{{ t_or \"key\" }}", "invalid number of arguments `1` passed to `t_or")]
    public void Reports_a_function_given_the_wrong_number_of_arguments_at_its_line(string call, string message)
    {
        using var site = new TempSite($"""
            -- themes/plain/layouts/article.html --
            <p>
            {call}
            -- content/articles/a.md --
            ---
            title: A
            ---
            """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(("themes/plain/layouts/article.html", 2), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Contains(message, diagnostic.Message);
    }
}
