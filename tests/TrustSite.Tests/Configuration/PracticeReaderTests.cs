using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public sealed class PracticeReaderTests
{
    private const string Start = "title: A\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n";

    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new SiteConfigLoader().Parse(Start + yaml, bag), bag);
    }

    [Fact]
    public void Has_no_notices_unless_configured()
    {
        Assert.Equal(PracticeConfig.None, Parse("").Config!.Practice);
    }

    [Fact]
    public void Reads_the_disclaimer_the_license_and_the_no_surprises_act()
    {
        var (config, bag) = Parse("practice:\n  disclaimer: true\n  licensure:\n    type: LMFT\n    number: MT 1234\n    states: [fl, GA]\n  noSurprisesAct: {enabled: true}\n");

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Equal((true, null, true), (config!.Practice.ShowDisclaimer, config.Practice.DisclaimerText, config.Practice.HasNoSurprisesAct));
        Assert.Equal(("LMFT", "MT 1234", "FL GA"), (config.Practice.Licensure!.Type, config.Practice.Licensure.Number, string.Join(' ', config.Practice.Licensure.States)));
    }

    [Fact]
    public void Takes_a_disclaimer_of_ones_own()
    {
        var practice = Parse("practice:\n  disclaimer: \"Reading is not counseling.\"\n").Config!.Practice;

        Assert.Equal((true, "Reading is not counseling."), (practice.ShowDisclaimer, practice.DisclaimerText));
    }

    [Theory]
    [InlineData("  licensure:\n    number: \"1\"\n    states: [FL]\n", 5, 3, "needs a 'type'")]
    [InlineData("  licensure:\n    type: LMFT\n    number: \"1\"\n", 5, 3, "needs the 'states'")]
    [InlineData("  licensure:\n    type: LMFT\n    number: \"1\"\n    states: [Florida]\n", 8, 13, "\"Florida\" in practice.licensure.states is not a two-letter state code")]
    public void Errors_on_an_incomplete_license_at_its_line(string yaml, int line, int column, string problem)
    {
        var (config, bag) = Parse("practice:\n" + yaml);

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.LicensureIncomplete, new SourceLocation("site.yml", line, column)), (error.Code, error.Location));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Errors_on_an_unknown_key_with_a_suggestion()
    {
        var (config, bag) = Parse("practice:\n  noSuprisesAct: {enabled: true}\n");

        Assert.Null(config);
        Assert.Equal("did you mean 'noSurprisesAct'?", bag.Single().Hint);
    }
}
