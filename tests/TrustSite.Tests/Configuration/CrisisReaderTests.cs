using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Configuration;

public sealed class CrisisReaderTests
{
    private const string Start = "title: A\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n";

    private static (SiteConfig? Config, DiagnosticBag Bag) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        return (new SiteConfigLoader().Parse(Start + yaml, bag), bag);
    }

    [Fact]
    public void Shows_the_theme_defaults_when_nothing_is_configured()
    {
        var (config, bag) = Parse("");

        Assert.False(bag.HasErrors);
        Assert.True(config!.Crisis.IsEnabled);
        Assert.True(config.Crisis.UsesDefaults);
    }

    [Fact]
    public void Reads_resources_with_tel_and_sms_links()
    {
        var (config, bag) = Parse("""
            crisis:
              resources:
                - name: National Domestic Violence Hotline
                  phone: "1 (800) 799-7233"
                  sms: "88788"
                  url: https://www.thehotline.org/
                  note: Text START to 88788.
                - name: Crisis Text Line
                  sms: "741741"
            """);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        var first = config!.Crisis.Resources[0];
        Assert.Equal(("1 (800) 799-7233", "tel:18007997233", "sms:88788", "https://www.thehotline.org/", "Text START to 88788."),
            (first.Phone, first.PhoneHref, first.SmsHref, first.Url, first.Note));
        Assert.Equal(("Crisis Text Line", null, "sms:741741"), (config.Crisis.Resources[1].Name, config.Crisis.Resources[1].PhoneHref, config.Crisis.Resources[1].SmsHref));
        Assert.False(config.Crisis.UsesDefaults);
    }

    [Theory]
    [InlineData("crisis: {enabled: false}\n")]
    [InlineData("contact: {crisisNotice: false}\n")]
    public void Can_be_turned_off_also_by_the_older_contact_switch(string yaml)
    {
        var (config, _) = Parse(yaml);

        Assert.False(config!.Crisis.IsEnabled);
    }

    [Theory]
    [InlineData("1-800-273-8255")]
    [InlineData("1-800-273-TALK")]
    [InlineData("(800) 273-8255")]
    [InlineData("18002738255")]
    public void Refuses_the_retired_lifeline_number_at_its_line_and_column(string number)
    {
        var (config, bag) = Parse($"crisis:\n  resources:\n    - name: Lifeline\n      phone: \"{number}\"\n");

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.CrisisNumberRetired, new SourceLocation("site.yml", 7, 14)), (error.Code, error.Location));
        Assert.Contains("988", error.Hint);
    }

    [Theory]
    [InlineData("    - name: A\n      phone: \"call us\"\n", DiagnosticCodes.CrisisNumberInvalid, 7, 14)]
    [InlineData("    - name: A\n      sms: \"12\"\n", DiagnosticCodes.CrisisNumberInvalid, 7, 12)]
    [InlineData("    - name: A\n      note: nothing to dial\n", DiagnosticCodes.CrisisResourceIncomplete, 6, 7)]
    [InlineData("    - phone: \"988\"\n", DiagnosticCodes.CrisisResourceIncomplete, 6, 7)]
    [InlineData("    - name: A\n      url: /help/\n", DiagnosticCodes.CrisisResourceIncomplete, 7, 12)]
    [InlineData("    - name: A\n      url: \"javascript:alert(1)\"\n", DiagnosticCodes.ConfigInvalidValue, 7, 12)]
    [InlineData("    - name: A\n      sms: \"988\"\n      phon: \"988\"\n", DiagnosticCodes.ConfigUnknownKey, 8, 7)]
    [InlineData("    - just a line\n", DiagnosticCodes.ConfigType, 6, 7)]
    public void Errors_on_a_bad_resource_at_its_line_and_column(string items, string code, int line, int column)
    {
        var (config, bag) = Parse("crisis:\n  resources:\n" + items);

        Assert.Null(config);
        var error = Assert.Single(bag.ToSortedArray(), d => d.Severity == Severity.Error);
        Assert.Equal((code, new SourceLocation("site.yml", line, column)), (error.Code, error.Location));
    }

    [Fact]
    public void Errors_on_an_unknown_key_with_a_suggestion()
    {
        var (config, bag) = Parse("crisis:\n  resorces: []\n");

        Assert.Null(config);
        var error = bag.Single();
        Assert.Equal((DiagnosticCodes.ConfigUnknownKey, new SourceLocation("site.yml", 5, 3), "did you mean 'resources'?"), (error.Code, error.Location, error.Hint));
    }
}
