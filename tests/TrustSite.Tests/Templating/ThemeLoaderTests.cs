using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Templating;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Templating;

public class ThemeLoaderTests
{
    private static (Theme? Theme, DiagnosticBag Bag) Load(TempSite site)
    {
        var bag = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(site.Root, bag)!;
        return (new ThemeLoader().Load(site.Root, config, bag), bag);
    }

    [Fact]
    public void A_child_theme_overrides_only_the_files_it_has()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            baseUrl: https://example.org/
            theme: child
            newsletter: {action: https://n.example.org/}
            -- themes/child/theme.yml --
            extends: parent
            -- themes/child/partials/footer.html --
            child footer
            -- themes/child/assets/css/style.css --
            child css
            -- themes/parent/layouts/base.html --
            {{ content }}
            -- themes/parent/partials/footer.html --
            parent footer
            -- themes/parent/partials/header.html --
            parent header
            -- themes/parent/assets/css/style.css --
            parent css
            -- themes/parent/assets/js/menu.js --
            js
            """, withDefaults: false);

        var (theme, bag) = Load(site);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal(["child", "parent"], theme!.Chain.Select(t => t.Name));
        Assert.Equal("themes/child/partials/footer.html", theme.Partials["footer.html"].SitePath);
        Assert.Equal("themes/parent/partials/header.html", theme.Partials["header.html"].SitePath);
        Assert.Equal("themes/child/assets/css/style.css", theme.Assets.Single(a => a.Url == "/css/style.css").SitePath);
        Assert.Contains(theme.Assets, a => a.Url == "/js/menu.js");
    }

    [Fact]
    public void Reports_a_syntax_error_at_its_file_line_past_the_layouts_front_matter()
    {
        using var site = new TempSite("""
            -- themes/plain/layouts/article.html --
            ---
            layout: base
            ---
            <h1>{{ page.title }}</h1>
            <p>{{ if page.date_iso }}</p>
            """);

        var (theme, bag) = Load(site);

        Assert.Null(theme);
        var diagnostic = Assert.Single(bag.ToSortedArray(), d => d.Code == DiagnosticCodes.TemplateSyntax);
        Assert.Equal("themes/plain/layouts/article.html", diagnostic.Location.Path);
        Assert.Equal(5, diagnostic.Location.Line);
    }

    [Fact]
    public void Errors_on_a_missing_theme_at_the_theme_line_of_site_yml()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\nbaseUrl: https://example.org/\ntheme: trsut\nnewsletter: {action: https://n.example.org/}\n-- themes/trust/layouts/base.html --\nx\n", withDefaults: false);

        var (_, bag) = Load(site);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ThemeMissing, diagnostic.Code);
        Assert.Equal(new SourceLocation("site.yml", 3, 8), diagnostic.Location);
        Assert.Equal("did you mean 'trust'?", diagnostic.Hint);
    }

    [Fact]
    public void Errors_on_themes_that_extend_each_other()
    {
        using var site = new TempSite("-- site.yml --\ntitle: T\nbaseUrl: https://example.org/\ntheme: a\nnewsletter: {action: https://n.example.org/}\n-- themes/a/theme.yml --\nextends: b\n-- themes/b/theme.yml --\nextends: a\n", withDefaults: false);

        var (_, bag) = Load(site);

        Assert.Contains("loop", bag.Single().Message);
    }

    [Fact]
    public void Errors_on_a_layout_wrapped_in_a_layout_that_does_not_exist()
    {
        using var site = new TempSite("-- themes/plain/layouts/article.html --\n---\nlayout: bsae\n---\nx\n");

        var (_, bag) = Load(site);

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.LayoutChain, diagnostic.Code);
        Assert.Equal("did you mean 'base'?", diagnostic.Hint);
    }

    [Fact]
    public void Publishes_only_the_assets_folder_never_archetypes_or_schemas()
    {
        using var site = new TempSite("""
            -- themes/plain/archetypes/article.md --
            ---
            title: {{ title | yaml }}
            ---
            -- themes/plain/schemas/site.schema.json --
            {}
            -- themes/plain/assets/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        Assert.True(site.OutputExists("images/logo.svg"));
        Assert.DoesNotContain(site.Snapshot().Keys, f => f.Contains("archetypes", StringComparison.Ordinal) || f.Contains("schema", StringComparison.Ordinal));
    }
}
