using System.Collections.Immutable;
using TrustSite.Scripture;

namespace TrustSite.Tests.Scripture;

public class ScriptureLinkBuilderTests
{
    private const string BibleGateway = "https://www.biblegateway.com/passage/?search={ref}&version={version}";

    private static readonly ScriptureLinkBuilder Builder = new(new ScriptureOptions(ImmutableDictionary.CreateRange(
    [
        KeyValuePair.Create("en", new ScriptureLinkPattern(BibleGateway, "NIV")),
        KeyValuePair.Create("es", new ScriptureLinkPattern(BibleGateway, "RVR1960")),
    ])));

    private static ScriptureReference Corinthians => new(Canon.ByCode("1CO"), 13, [new VerseRange(4, 7)]);

    [Fact]
    public void Links_to_the_english_reference_with_the_version_of_the_language()
    {
        var english = Builder.Build(Corinthians, "en");
        var spanish = Builder.Build(Corinthians, "es");

        Assert.Equal("https://www.biblegateway.com/passage/?search=1%20Corinthians%2013%3A4-7&version=NIV", english);
        Assert.Equal("https://www.biblegateway.com/passage/?search=1%20Corinthians%2013%3A4-7&version=RVR1960", spanish);
    }

    [Fact]
    public void Uses_the_primary_language_when_a_region_has_no_pattern_of_its_own()
    {
        var url = Builder.Build(Corinthians, "es-MX");

        Assert.EndsWith("&version=RVR1960", url);
    }

    [Fact]
    public void Builds_nothing_for_a_language_without_a_pattern()
    {
        var url = Builder.Build(Corinthians, "fr");

        Assert.Null(url);
        Assert.False(Builder.Handles("fr"));
        Assert.True(Builder.Handles("en"));
    }

    [Fact]
    public void Encodes_the_version_and_the_list_separators()
    {
        var builder = new ScriptureLinkBuilder(new ScriptureOptions(ImmutableDictionary<string, ScriptureLinkPattern>.Empty
            .Add("en", new ScriptureLinkPattern("https://example.org/{version}/{ref}", "NIV & ESV"))));
        var reference = new ScriptureReference(Canon.ByCode("ROM"), 5, [new VerseRange(1, 5), new VerseRange(8, 8)]);

        var url = builder.Build(reference, "en");

        Assert.Equal("https://example.org/NIV%20%26%20ESV/Romans%205%3A1-5%2C%208", url);
    }
}
