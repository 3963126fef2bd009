using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Templating;

/// <summary>TitleHeadings is seen through the checks it feeds: an h1 in the text is reported only under a layout that prints the title as one.</summary>
public class TitleHeadingsTests
{
    private const string Layouts = """
        -- themes/plain/layouts/framed.html --
        ---
        layout: titled
        ---
        <div class="frame">{{ content }}</div>
        -- themes/plain/layouts/titled.html --
        ---
        layout: base
        ---
        <header><h1 class="title">{{~ page.title ~}}</h1></header>{{ content }}
        -- themes/plain/layouts/untitled.html --
        ---
        layout: base
        ---
        <h1>{{ site.title }}</h1>{{ content }}
        """;

    [Theory]
    [InlineData("framed", true)]
    [InlineData("titled", true)]
    [InlineData("untitled", false)]
    public void Finds_the_title_heading_in_a_layout_or_the_layouts_wrapping_it(string layout, bool printsTitle)
    {
        using var site = new TempSite(Layouts + $"\n-- content/page.md --\n---\ntitle: Page\nlayout: {layout}\n---\n# Heading\n");

        var result = site.Check();

        Assert.Equal(printsTitle, result.WithCode(DiagnosticCodes.SecondTitleHeading).Length == 1);
    }
}
