using System.Text.Json;
using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>On the narrowest phones (320px), every page fits the screen: nothing scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsiveLayoutTests(BrowserFixture site)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The page's widths, and the elements reaching furthest past the right edge, to say what to fix.</summary>
    private const string MeasureOverflow = """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const describe = el => {
            const parent = el.parentElement;
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
            const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
            return `${parent ? name(parent) + ' > ' : ''}${name(el)} "${text}"`;
          };
          const wide = [...document.body.querySelectorAll('*')]
            .map(el => ({ el, right: el.getBoundingClientRect().right }))
            .filter(x => x.right > width + 0.5)
            .sort((a, b) => b.right - a.right)
            .slice(0, 8)
            .map(x => `${describe(x.el)} reaches ${Math.round(x.right)}px`);
          return JSON.stringify({ scrollWidth: root.scrollWidth, clientWidth: width, widest: wide });
        }
        """;

    [Theory]
    [MemberData(nameof(SitePages.Paths), MemberType = typeof(SitePages))]
    public async Task Nothing_scrolls_sideways_at_320px(string path)
    {
        var response = await site.Probe.OpenAsync(path, new Viewport(320, ColorScheme.Light));
        PageAssert.Served(response, path);

        var overflow = JsonSerializer.Deserialize<Overflow>(await site.Probe.Page.EvaluateAsync<string>(MeasureOverflow), Json)!;

        Assert.True(overflow.ScrollWidth <= overflow.ClientWidth,
            $"{path} at 320px is {overflow.ScrollWidth}px wide for a {overflow.ClientWidth}px screen; widest elements:\n" + string.Join("\n", overflow.Widest));
    }

    private sealed record Overflow(int ScrollWidth, int ClientWidth, string[] Widest);
}
