using Microsoft.Playwright;
using TrustSite.BrowserTests.Support;

namespace TrustSite.BrowserTests;

/// <summary>A reader moves around the site by clicking, as a person does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture site)
{
    [Fact]
    public async Task Clicking_an_article_on_the_home_page_opens_it_and_the_site_title_leads_back_home()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var homeHeading = await page.Locator("h1").InnerTextAsync();
        var article = ArticleLinks(page).First;
        var title = (await article.InnerTextAsync()).Trim();

        var opened = await PageNavigation.RunAndWaitForPageAsync(page, () => article.ClickAsync());

        Assert.Equal(200, opened.Status);
        Assert.StartsWith("/articles/", PageNavigation.PathOf(page));
        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());

        var home = await PageNavigation.RunAndWaitForPageAsync(page, () => page.GetByRole(AriaRole.Banner).Locator("a[href='/']").First.ClickAsync());

        Assert.Equal(200, home.Status);
        Assert.Equal(SitePages.Home, PageNavigation.PathOf(page));
        Assert.Equal(homeHeading, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_back_button_returns_from_an_article_to_the_home_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var homeHeading = await page.Locator("h1").InnerTextAsync();
        await PageNavigation.RunAndWaitForPageAsync(page, () => ArticleLinks(page).First.ClickAsync());

        await page.GoBackAsync();

        Assert.Equal(SitePages.Home, PageNavigation.PathOf(page));
        Assert.Equal(homeHeading, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Clicking_the_first_tag_of_an_article_opens_a_page_named_after_the_tag()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        await PageNavigation.RunAndWaitForPageAsync(page, () => ArticleLinks(page).First.ClickAsync());
        var tags = page.GetByRole(AriaRole.Main).Locator("a[href*='/tags/']");
        Assert.True(await tags.CountAsync() > 0,
            $"the article {PageNavigation.PathOf(page)} has no link to a tag page (an address under /tags/){SitePages.Note(SitePages.TagPage)}");
        var tag = (await tags.First.InnerTextAsync()).Trim().TrimStart('#');

        var opened = await PageNavigation.RunAndWaitForPageAsync(page, () => tags.First.ClickAsync());

        Assert.Equal(200, opened.Status);
        Assert.StartsWith("/tags/", PageNavigation.PathOf(page));
        Assert.Contains(tag, await page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Each_link_of_the_main_menu_opens_its_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var menu = MenuLinks(page);
        var count = await menu.CountAsync();
        Assert.True(count > 0, "the home page has no menu: no links in a navigation landmark inside the page header (banner)");

        for (var i = 0; i < count; i++)
        {
            var link = MenuLinks(page).Nth(i);
            var href = await link.GetAttributeAsync("href");

            var opened = await PageNavigation.RunAndWaitForPageAsync(page, () => link.ClickAsync());

            Assert.True(opened.Status == 200, $"the menu link to {href} answered {opened.Status}");
            Assert.Equal(new Uri(site.Server.Origin, href).AbsolutePath, PageNavigation.PathOf(page));
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await page.GoBackAsync();
        }
    }

    /// <summary>Links to single articles in the main content: under /articles/ but not the list itself.</summary>
    internal static ILocator ArticleLinks(IPage page) =>
        page.GetByRole(AriaRole.Main).Locator("a[href*='/articles/']:not([href$='/articles/'])");

    /// <summary>The main menu: the links of the navigation landmark inside the page header.</summary>
    internal static ILocator MenuLinks(IPage page) =>
        page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);
}
