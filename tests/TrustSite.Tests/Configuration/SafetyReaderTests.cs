using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public sealed class SafetyReaderTests
{
    private const string Start = "title: A\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n";

    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new SiteConfigLoader().Parse(Start + yaml, bag), bag);
    }

    [Fact]
    public void Leaves_the_quick_exit_off_unless_enabled()
    {
        Assert.False(Parse("").Config!.QuickExit.IsEnabled);
        Assert.False(Parse("safety:\n  quickExit:\n    url: https://www.bbc.com/weather\n").Config!.QuickExit.IsEnabled);
    }

    [Fact]
    public void Reads_the_neutral_site_and_defaults_to_a_weather_search()
    {
        var own = Parse("safety:\n  quickExit:\n    enabled: true\n    url: https://www.bbc.com/weather\n").Config!.QuickExit;
        var standard = Parse("safety:\n  quickExit: {enabled: true}\n").Config!.QuickExit;

        Assert.Equal((true, "https://www.bbc.com/weather"), (own.IsEnabled, own.Url));
        Assert.Equal((true, "https://www.google.com/search?q=weather"), (standard.IsEnabled, standard.Url));
    }

    [Theory]
    [InlineData("http://weather.example.com/", "must be an https address")]
    [InlineData("/weather/", "must be an https address")]
    [InlineData("https://example.org/elsewhere/", "leads back to this site")]
    public void Errors_on_a_url_that_is_not_a_neutral_https_site_at_its_line(string url, string problem)
    {
        var (config, bag) = Parse($"safety:\n  quickExit:\n    enabled: true\n    url: \"{url}\"\n");

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.QuickExitUrlInvalid, new SourceLocation("site.yml", 7, 10)), (error.Code, error.Location));
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("safety:\n  quickExt: {enabled: true}\n", 5, 3, "did you mean 'quickExit'?")]
    [InlineData("safety:\n  quickExit: {enable: true}\n", 5, 15, "did you mean 'enabled'?")]
    public void Errors_on_an_unknown_key_with_a_suggestion(string yaml, int line, int column, string hint)
    {
        var (config, bag) = Parse(yaml);

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ConfigUnknownKey, new SourceLocation("site.yml", line, column), hint), (error.Code, error.Location, error.Hint));
    }

    [Fact]
    public void Errors_on_an_enabled_value_that_is_not_true_or_false()
    {
        var (config, bag) = Parse("safety:\n  quickExit:\n    enabled: sometimes\n");

        Assert.Null(config);
        Assert.Equal((DiagnosticCodes.ConfigType, new SourceLocation("site.yml", 6, 14)), (bag.Single().Code, bag.Single().Location));
    }
}
