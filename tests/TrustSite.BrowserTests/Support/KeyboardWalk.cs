using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>Presses Tab from the top of a page until the focus comes back around, recording every stop.</summary>
public static class KeyboardWalk
{
    /// <summary>More stops than any page of the site has; a walk that long is stuck, not long.</summary>
    private const int MaxStops = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records how every focusable element looks before anything is focused, to compare with its focused look.</summary>
    private const string RecordUnfocused = """
        () => {
          const style = el => { const s = getComputedStyle(el); return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow }; };
          window.__unfocused = new Map();
          for (const el of document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]')) {
            window.__unfocused.set(el, style(el));
          }
        }
        """;

    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          const attrs = ['href', 'type', 'name', 'id'].filter(a => el.hasAttribute(a)).map(a => `${a}="${el.getAttribute(a)}"`).join(' ');
          return JSON.stringify({
            index: Array.prototype.indexOf.call(document.querySelectorAll('*'), el),
            description: `<${el.tagName.toLowerCase()}${attrs ? ' ' + attrs : ''}>${text}`,
            isVisible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
              && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0,
            focused: { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow },
            unfocused: window.__unfocused.get(el) ?? null,
          });
        }
        """;

    /// <summary>The stops in order, from the first Tab after the page loads until focus leaves the page or returns to the first stop.</summary>
    public static async Task<ImmutableArray<FocusStop>> WalkAsync(IPage page)
    {
        await page.EvaluateAsync(RecordUnfocused);
        var stops = ImmutableArray.CreateBuilder<FocusStop>();
        var seen = new HashSet<int>();
        while (stops.Count < MaxStops)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string?>(DescribeFocus);
            var stop = json is null ? null : JsonSerializer.Deserialize<FocusStop>(json, Json);
            if (stop is null || !seen.Add(stop.Index))
            {
                break;
            }
            stops.Add(stop);
        }
        return stops.ToImmutable();
    }

    /// <summary>The element index (as the walk reports it) of each element a locator matches, to find them among the stops.</summary>
    public static async Task<ImmutableArray<int>> IndexesAsync(ILocator locator) =>
        [.. await locator.EvaluateAllAsync<int[]>("els => els.map(el => Array.prototype.indexOf.call(document.querySelectorAll('*'), el))")];
}
