using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Templating;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Templating;

public class SiteListUseTests
{
    private static bool ListsSite(string partial)
    {
        using var site = new TempSite("-- themes/plain/partials/aside.html --\n" + partial);
        var bag = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(site.Root, bag)!;
        var theme = new ThemeLoader().Load(site.Root, config, bag)!;
        Assert.False(bag.HasErrors, string.Join("\n", bag));
        return SiteListUse.Of(theme);
    }

    [Fact]
    public void The_minimal_theme_and_the_trust_theme_do_not_list_the_whole_site()
    {
        using var site = new TempSite("").WithTrustTheme();
        var bag = new DiagnosticBag();
        var theme = new ThemeLoader().Load(site.Root, new SiteConfigLoader().Load(site.Root, bag)!, bag)!;

        Assert.False(ListsSite("<p>{{ site.title }} {{ site.links.about }}</p>"));
        Assert.False(SiteListUse.Of(theme));
    }

    [Theory]
    [InlineData("{{ for a in site.articles }}{{ a.title }}{{ end }}")]
    [InlineData("{{ site.pages | array.size }}")]
    [InlineData("{{ all = site }}{{ all.articles | array.size }}")]
    [InlineData("{{ site[\"articles\"] | array.size }}")]
    public void A_theme_that_shows_every_article_or_page_is_seen(string partial)
    {
        Assert.True(ListsSite(partial));
    }
}
