using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Markdown.Shortcodes;

/// <summary>Shortcodes from Markdown to page, with the theme's templates.</summary>
public class ShortcodeFeatureTests
{
    private const string Theme = """
        -- themes/plain/shortcodes/note.html --
        <aside class="note" id="{{ shortcode_id }}"><strong>{{ arg "title" "Note" }}</strong>{{ inner }}</aside>
        -- themes/plain/shortcodes/figure.html --
        {{~ image = resource (arg "src" "") ~}}
        <figure><img src="{{ image.url }}" width="{{ image.width }}" height="{{ image.height }}" alt="{{ arg "alt" "" }}"><figcaption>{{ arg "caption" "" }}</figcaption></figure>
        -- themes/plain/shortcodes/site-title.html --
        <span class="site">{{ site.title }} / {{ page.title }}</span>
        """;

    [Fact]
    public void Renders_a_block_shortcode_in_place_of_its_paragraph_with_inner_markdown()
    {
        using var site = new TempSite(Theme + """

            -- content/about.md --
            ---
            title: About
            ---
            Before.

            {{< note title="Keep in mind" >}}
            Inner **Markdown** and a [link](about.md).
            {{< /note >}}

            After.
            """);

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var html = site.ReadOutput("about/index.html");
        Assert.Contains("<p>Before.</p>\n<aside class=\"note\" id=\"shortcode-1\"><strong>Keep in mind</strong><p>Inner <strong>Markdown</strong> and a <a href=\"/about/\">link</a>.</p>\n</aside>", html);
        Assert.Contains("<p>After.</p>", html);
    }

    [Fact]
    public void Renders_an_inline_shortcode_inside_its_sentence_with_the_page_and_site()
    {
        using var site = new TempSite(Theme + "\n-- content/about.md --\n---\ntitle: About\n---\nThis is {{< site-title >}} today.\n");

        site.Build();

        Assert.Contains("<p>This is <span class=\"site\">Test site / About</span> today.</p>", site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void Gives_a_figure_the_address_and_size_of_the_bundle_image()
    {
        using var site = new TempSite(Theme + """

            -- content/articles/hope/index.md --
            ---
            title: Hope
            ---
            {{< figure src="hills.svg" alt="Hills" caption="Morning" >}}
            -- content/articles/hope/hills.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"></svg>
            """);

        site.Build();

        Assert.Contains("<figure><img src=\"/articles/hope/hills.svg\" width=\"800\" height=\"450\" alt=\"Hills\"><figcaption>Morning</figcaption></figure>",
            site.ReadOutput("articles/hope/index.html"));
    }

    [Fact]
    public void Errors_on_an_unknown_shortcode_at_its_line_with_a_suggestion()
    {
        using var site = new TempSite(Theme + "\n-- content/about.md --\n---\ntitle: About\n---\nText.\n\n{{< figuer src=\"a.jpg\" >}}\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ShortcodeUnknown, diagnostic.Code);
        Assert.Equal(new SourceLocation("content/about.md", 6, 1), diagnostic.Location);
        Assert.Equal("did you mean 'figure'?", diagnostic.Hint);
    }

    [Fact]
    public void Leaves_shortcodes_in_code_alone()
    {
        using var site = new TempSite(Theme + "\n-- content/about.md --\n---\ntitle: About\n---\nWrite `{{< note >}}` like this:\n\n```\n{{< unknown >}}\n```\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<code>{{&lt; note &gt;}}</code>", site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void Keeps_later_line_numbers_right_after_a_multi_line_shortcode()
    {
        using var site = new TempSite(Theme + "\n-- content/about.md --\n---\ntitle: About\n---\n{{< note >}}\nline one\n\nline two\n{{< /note >}}\n\n[broken](missing.md)\n");

        var result = site.Build();

        Assert.Equal(new SourceLocation("content/about.md", 10, 1), Assert.Single(result.Diagnostics).Location);
    }

    [Fact]
    public void Reports_a_runtime_error_in_a_shortcode_template_at_the_template()
    {
        using var site = new TempSite(Theme + "\n-- themes/plain/shortcodes/bad.html --\n{{ nope }}\n-- content/about.md --\n---\ntitle: About\n---\n{{< bad >}}\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("themes/plain/shortcodes/bad.html", diagnostic.Location.Path);
        Assert.Contains("while building content/about.md", diagnostic.Message);
    }

    [Fact]
    public void Nested_shortcodes_render_inside_out()
    {
        using var site = new TempSite(Theme + "\n-- content/about.md --\n---\ntitle: About\n---\n{{< note title=\"Outer\" >}}\n{{< note title=\"Inner\" >}}\nDeep\n{{< /note >}}\n{{< /note >}}\n");

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        var html = site.ReadOutput("about/index.html");
        Assert.Matches("<aside class=\"note\" id=\"shortcode-\\d\"><strong>Outer</strong><aside class=\"note\" id=\"shortcode-\\d\"><strong>Inner</strong><p>Deep</p>", html.Replace("\n", ""));
    }
}
