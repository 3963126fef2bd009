using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public class SiteConfigLoaderTests
{
    // Every case has a newsletter, so that the warning for a missing one does not hide in each assertion.
    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var withNewsletter = yaml.Contains("newsletter", StringComparison.Ordinal) ? yaml : yaml + "newsletter:\n  action: https://n.example.org/\n";
        return (new SiteConfigLoader().Parse(withNewsletter, bag), bag);
    }

    [Fact]
    public void Loads_the_repository_sample_configuration()
    {
        var bag = new DiagnosticBag();

        var config = new SiteConfigLoader().Load(RepoPaths.Root, bag);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.NotNull(config);
        Assert.Equal("+14076180212", config.Contact.Phone!.E164);
        Assert.Equal("407 618 0212", config.Contact.Phone.Display);
        Assert.Equal(["Articles", "About", "Newsletter", "Contact"], config.Menus["main"].Select(m => m.Name));
        Assert.NotNull(config.Newsletter.Form);
        Assert.NotNull(config.Contact.Form);
    }

    [Fact]
    public void Errors_on_an_unknown_key_with_its_line_and_a_suggestion()
    {
        var (config, bag) = Parse("title: A\nbaseUrl: https://example.org/\n\nnewsleter:\n  pitch: hi\n");

        Assert.Null(config);
        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigUnknownKey, diagnostic.Code);
        Assert.Equal(new SourceLocation("site.yml", 4, 1), diagnostic.Location);
        Assert.Equal("did you mean 'newsletter'?", diagnostic.Hint);
    }

    [Fact]
    public void Errors_on_a_mistyped_value_at_the_value()
    {
        var (_, bag) = Parse("title: A\nbaseUrl: https://example.org/\npagination:\n  size: ten\n");

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigType, diagnostic.Code);
        Assert.Equal(new SourceLocation("site.yml", 4, 9), diagnostic.Location);
        Assert.Contains("whole number", diagnostic.Message);
    }

    [Fact]
    public void Reports_every_error_not_only_the_first()
    {
        var (_, bag) = Parse("title: A\nbaseUrl: ftp://x\ncolour: red\ncontact:\n  phone: \"12\"\n");

        Assert.Equal(3, bag.ErrorCount);
    }

    [Fact]
    public void Requires_a_title_and_a_base_url()
    {
        var (config, bag) = Parse("language: en\n");

        Assert.Null(config);
        Assert.Equal(2, bag.ErrorCount);
        Assert.All(bag.ToSortedArray(), d => Assert.Equal(DiagnosticCodes.ConfigRequired, d.Code));
    }

    [Fact]
    public void Gives_the_base_url_a_trailing_slash_and_keeps_its_subpath()
    {
        var (config, _) = Parse("title: A\nbaseUrl: https://example.org/ministry\n");

        Assert.Equal("https://example.org/ministry/", config!.BaseUrl.AbsoluteUri);
        Assert.Equal("/ministry/", config.BasePath);
    }

    [Fact]
    public void Refuses_a_javascript_url_in_a_menu()
    {
        var (_, bag) = Parse("title: A\nbaseUrl: https://example.org/\nmenus:\n  main:\n    - name: X\n      url: \"javascript:alert(1)\"\n");

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, diagnostic.Code);
        Assert.Equal(6, diagnostic.Location.Line);
    }

    [Fact]
    public void Errors_on_an_incomplete_form_configuration_at_its_line()
    {
        var (_, bag) = Parse("title: A\nbaseUrl: https://example.org/\nnewsletter:\n  pitch: Hello\n");

        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigRequired, diagnostic.Code);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Contains("'action'", diagnostic.Message);
    }

    [Fact]
    public void Keeps_theme_values_under_params()
    {
        var (config, _) = Parse("title: A\nbaseUrl: https://example.org/\nparams:\n  accent: teal\n");

        Assert.Equal("teal", config!.Params["accent"]);
    }

    [Fact]
    public void Errors_on_a_missing_site_yml_with_a_hint()
    {
        var bag = new DiagnosticBag();

        var config = new SiteConfigLoader().Load(Directory.CreateTempSubdirectory().FullName, bag);

        Assert.Null(config);
        var diagnostic = bag.Single();
        Assert.Equal(DiagnosticCodes.ConfigMissing, diagnostic.Code);
        Assert.Equal(new SourceLocation("site.yml", 1, 1), diagnostic.Location);
        // The hint may only suggest what the command line can do.
        Assert.Equal("run the command in the site's folder, pass --source DIR, or create a site with `trustsite new site DIR`", diagnostic.Hint);
    }

    [Fact]
    public void Errors_on_an_unknown_time_zone()
    {
        var (_, bag) = Parse("title: A\nbaseUrl: https://example.org/\ntimezone: Mars/Olympus\n");

        Assert.Equal(3, bag.Single().Location.Line);
    }
}
