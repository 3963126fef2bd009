using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public sealed class PrivacyReaderTests
{
    private const string Start = "title: A\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n";

    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new SiteConfigLoader().Parse(Start + yaml, bag), bag);
    }

    [Fact]
    public void Reads_allowed_origins_with_their_lines_and_storage_kinds()
    {
        var (config, bag) = Parse("privacy:\n  allow:\n    - https://player.vimeo.com\n    - \"http://Example.COM:8080/\"\n  storage: [localStorage, indexeddb]\n");

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal(
            [("https://player.vimeo.com", "player.vimeo.com", 6), ("http://example.com:8080", "example.com", 7)],
            config!.Privacy.Allow.Select(a => (a.Origin, a.Host, a.Location.Line)));
        Assert.Equal([BrowserStorage.LocalStorage, BrowserStorage.IndexedDB], config.Privacy.Storage.AsEnumerable());
    }

    [Fact]
    public void Allows_nothing_without_a_privacy_section()
    {
        var (config, _) = Parse("");

        Assert.Empty(config!.Privacy.Allow);
        Assert.Empty(config.Privacy.Storage);
    }

    [Fact]
    public void Errors_on_an_unknown_key_with_a_suggestion()
    {
        var (config, bag) = Parse("privacy:\n  alow: [https://a.example]\n");

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ConfigUnknownKey, new SourceLocation("site.yml", 5, 3), "did you mean 'allow'?"), (error.Code, error.Location, error.Hint));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "is not an http(s) address")]
    [InlineData("player.vimeo.com", "is not an http(s) address")]
    [InlineData("ftp://files.example.com", "is not an http(s) address")]
    [InlineData("https://player.vimeo.com/video/1", "has a path")]
    public void Errors_on_a_value_that_is_not_an_http_origin_at_its_line(string value, string problem)
    {
        var (config, bag) = Parse($"privacy:\n  allow:\n    - https://ok.example\n    - \"{value}\"\n");

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, 7), (error.Code, error.Location.Line));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Errors_on_an_unknown_storage_kind_with_a_suggestion()
    {
        var (_, bag) = Parse("privacy:\n  storage: [localstorage, cookie]\n");

        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, "did you mean 'cookies'?"), (error.Code, error.Hint));
    }

    [Fact]
    public void Errors_on_a_mapping_where_a_list_belongs()
    {
        var (_, bag) = Parse("privacy:\n  allow: {a: b}\n");

        Assert.Equal(DiagnosticCodes.ConfigType, bag.Single().Code);
    }
}
