using System.Text.Json;
using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>Articles read comfortably on a wide screen and on a phone: large text, 60 to 75 characters a line, generous spacing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(BrowserFixture site)
{
    private const string SeedArticle = "/articles/did-you-fail-your-partner/";

    /// <summary>Characters per rendered line of the article's longer paragraphs, from the rectangles of their text.</summary>
    private const string MeasureLines = """
        () => {
          const results = [];
          for (const p of document.querySelectorAll('.prose > p')) {
            const text = p.textContent.trim();
            if (text.length < 200) continue;
            const range = document.createRange();
            range.selectNodeContents(p);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            const style = getComputedStyle(p);
            results.push({ chars: text.length, lines: tops.size, fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) });
          }
          return JSON.stringify(results);
        }
        """;

    [Fact]
    public async Task Article_lines_hold_60_to_75_characters_of_text_at_least_18px_on_a_wide_screen()
    {
        var response = await site.Probe.OpenAsync(SeedArticle, new Viewport(1280, ColorScheme.Light));
        PageAssert.Served(response, SeedArticle);

        var paragraphs = JsonSerializer.Deserialize<Paragraph[]>(await site.Probe.Page.EvaluateAsync<string>(MeasureLines), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.NotEmpty(paragraphs);
        // The last line of a paragraph is short, so the measure is the mean of the full lines: characters over (lines - 0.5).
        var perLine = paragraphs.Where(p => p.Lines > 2).Select(p => p.Chars / (p.Lines - 0.5)).Average();
        Assert.InRange(perLine, 60, 75);
        Assert.All(paragraphs, p => Assert.True(p.FontSize >= 18, $"body text is {p.FontSize}px"));
        Assert.All(paragraphs, p => Assert.True(p.LineHeight / p.FontSize >= 1.5, $"line height is {p.LineHeight / p.FontSize:0.00}"));
    }

    [Fact]
    public async Task Body_text_stays_at_least_18px_on_a_phone()
    {
        var response = await site.Probe.OpenAsync(SeedArticle, new Viewport(375, ColorScheme.Dark));
        PageAssert.Served(response, SeedArticle);

        var paragraphs = JsonSerializer.Deserialize<Paragraph[]>(await site.Probe.Page.EvaluateAsync<string>(MeasureLines), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.All(paragraphs, p => Assert.True(p.FontSize >= 18, $"body text is {p.FontSize}px"));
    }

    private sealed record Paragraph(int Chars, int Lines, double FontSize, double LineHeight);
}
