using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>A visitor who uses only the keyboard can skip to the content, use the menu and subscribe, and always sees where the focus is.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture site)
{
    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_first_then_the_menu_links_then_the_newsletter_email_field()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var mainId = await page.GetByRole(AriaRole.Main).GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(mainId), "the main landmark has no id, so no skip link can point at it");
        var skipLink = await KeyboardWalk.IndexesAsync(page.Locator($"a[href='#{mainId}']"));
        var menu = await KeyboardWalk.IndexesAsync(NavigationTests.MenuLinks(page));
        var email = await KeyboardWalk.IndexesAsync(Forms.EmailField(page.Locator($"form[action=\"{site.Newsletter.Action}\"]")));

        var stops = await KeyboardWalk.WalkAsync(page);

        var order = stops.Select(s => s.Index).ToList();
        var walk = string.Join("\n", stops.Select((s, i) => $"{i + 1}. {s.Description}"));
        Assert.True(stops.Length > 0 && skipLink.Contains(stops[0].Index), $"the first Tab should reach the skip link to #{mainId}; the walk was:\n{walk}");
        Assert.NotEmpty(menu);
        var menuPositions = menu.Select(order.IndexOf).ToArray();
        Assert.True(menuPositions.All(p => p > 0) && menuPositions.SequenceEqual(menuPositions.Order()),
            $"every menu link should be reached, in order, after the skip link; the walk was:\n{walk}");
        var emailPosition = email.Select(order.IndexOf).Where(p => p >= 0).DefaultIfEmpty(-1).Min();
        Assert.True(emailPosition > menuPositions.Max(), $"the newsletter email field should be reached after the menu; the walk was:\n{walk}");
    }

    [Fact]
    public async Task The_skip_link_is_visible_when_focused_and_moves_the_focus_to_the_main_content()
    {
        await using var context = await site.NewContextAsync(new Viewport(375, ColorScheme.Light));
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Article);
        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator(":focus");
        var target = await skipLink.GetAttributeAsync("href");
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is { Width: > 1, Height: > 1 } && box.Y >= 0 && box.X >= 0, $"the focused skip link should be on screen, its box is {box?.X},{box?.Y} {box?.Width}x{box?.Height}");

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("#" + await page.GetByRole(AriaRole.Main).GetAttributeAsync("id"), target);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after following the skip link, the next Tab should land inside the main content, not in the header");
    }

    [Theory]
    [MemberData(nameof(SitePages.Paths), MemberType = typeof(SitePages))]
    public async Task Every_element_reached_with_tab_shows_a_visible_focus_indicator(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        PageAssert.Served(response!, path);

        var stops = await KeyboardWalk.WalkAsync(page);

        Assert.NotEmpty(stops);
        var unseen = stops.Where(s => !s.HasVisibleIndicator || !s.IsVisible).ToArray();
        Assert.True(unseen.Length == 0,
            $"on {path}, {unseen.Length} of {stops.Length} focused elements show no visible focus (no outline or box-shadow beyond the unfocused one, or off screen):\n"
            + string.Join("\n", unseen.Select(s => $"- {s}{(s.IsVisible ? "" : " [not on screen when focused]")}")));
    }
}
