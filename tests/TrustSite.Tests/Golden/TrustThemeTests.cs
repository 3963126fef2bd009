using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>The promises of the trust theme that a file can prove: contrast, weight, no inline code, a print style.</summary>
public partial class TrustThemeTests
{
    private static string Css => File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "trust", "assets", "css", "style.css"));

    [Fact]
    public void Stays_under_20_kb_of_css_and_10_kb_of_javascript()
    {
        var assets = Path.Combine(RepoPaths.Root, "themes", "trust", "assets");

        var css = Directory.GetFiles(assets, "*.css", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var js = Directory.GetFiles(assets, "*.js", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.InRange(css, 1, 20 * 1024);
        Assert.InRange(js, 0, 10 * 1024);
    }

    [Theory]
    [InlineData(":root {", 7.0)]
    [InlineData("@media (prefers-color-scheme: dark) {", 7.0)]
    public void Body_text_meets_aaa_contrast_and_everything_else_aa_in_light_and_dark(string block, double bodyMinimum)
    {
        var colors = Colors(block);

        Assert.True(Contrast(colors["--text"], colors["--bg"]) >= bodyMinimum, "body text");
        Assert.True(Contrast(colors["--text"], colors["--surface"]) >= bodyMinimum, "text on panels");
        foreach (var background in new[] { "--bg", "--surface", "--notice-bg" })
        {
            Assert.True(Contrast(colors["--muted"], colors[background]) >= 4.5, $"muted on {background}");
            Assert.True(Contrast(colors["--accent"], colors[background]) >= 4.5, $"links on {background}");
        }
        Assert.True(Contrast(colors["--accent-text"], colors["--accent"]) >= 4.5, "button text");
        Assert.True(Contrast(colors["--focus"], colors["--bg"]) >= 3, "focus outline");
    }

    [Fact]
    public void Prints_articles_without_forms_and_with_link_addresses()
    {
        var print = Css[Css.IndexOf("@media print", StringComparison.Ordinal)..];

        Assert.Contains("form", print);
        Assert.Contains("display: none", print);
        Assert.Contains("content: \" (\" attr(href) \")\"", print);
    }

    [Fact]
    public void Shows_an_email_link_visibly_when_no_newsletter_is_configured()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\nbaseUrl: https://example.org/\ntheme: plain\ncontact:\n  email: hello@example.org\n-- content/about.md --\n---\ntitle: About\n---\n").WithTrustTheme();

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == TrustSite.Diagnostics.DiagnosticCodes.FormNotConfigured);
        var footer = new HtmlParser().ParseDocument(site.ReadOutput("about/index.html")).QuerySelector(".site-footer")!;
        Assert.Null(footer.QuerySelector("form"));
        Assert.Equal("mailto:hello@example.org?subject=Newsletter", footer.QuerySelector(".newsletter-fallback a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "If this article speaks to your situation, you do not have to walk through it alone. Call 407 618 0212 or send a message to talk with the counselor.")]
    [InlineData("es", "Si este artículo habla de tu situación, no tienes que recorrer este camino a solas. Llama al 407 618 0212 o envía un mensaje para hablar con el consejero.")]
    public void Author_box_reads_as_a_sentence_with_the_phone_in_its_place(string language, string sentence)
    {
        using var site = new TempSite($"""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: plain
            language: {language}
            contact:
              phone: "407 618 0212"
              country: US
            -- content/contact.md --
            ---
            title: Contact
            ---
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            Text.
            """).WithTrustTheme();

        site.Build();

        var box = new HtmlParser().ParseDocument(site.ReadOutput("articles/hope/index.html")).QuerySelector(".author-box p:last-of-type")!;
        Assert.Equal(sentence, System.Text.RegularExpressions.Regex.Replace(box.TextContent, @"\s+", " ").Trim());
        Assert.Equal("tel:+14076180212", box.QuerySelector("a")!.GetAttribute("href"));
    }

    private static Dictionary<string, string> Colors(string block)
    {
        var start = Css.IndexOf(block, StringComparison.Ordinal);
        var end = Css.IndexOf('}', start);
        return CustomColor().Matches(Css[start..end]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    [GeneratedRegex(@"(--[\w-]+):\s*(#[0-9a-fA-F]{6})")]
    private static partial Regex CustomColor();
}
