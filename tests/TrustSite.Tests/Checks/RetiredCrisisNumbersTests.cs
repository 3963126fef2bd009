using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class RetiredCrisisNumbersTests
{
    [Theory]
    [InlineData("1-800-273-8255")]
    [InlineData("1-800-273-TALK")]
    [InlineData("800.273.8255")]
    [InlineData("(800) 273-8255")]
    [InlineData("18002738255")]
    [InlineData("+1 800 273 8255")]
    [InlineData("1 (800) 273-talk")]
    public void Warns_on_the_retired_lifeline_number_in_any_spelling_at_its_line_and_column(string number)
    {
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: A\n---\nIntro.\n\nIf you are struggling, call {number} today.\n");

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.RetiredCrisisNumber));
        Assert.Equal((Severity.Warning, new SourceLocation("content/articles/a.md", 6, 29)), (warning.Severity, warning.Location));
        Assert.Equal($"\"{number}\" is the retired National Suicide Prevention Lifeline number", warning.Message);
        Assert.Contains("988", warning.Hint);
    }

    [Fact]
    public void Finds_it_in_front_matter_and_in_links_too()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            description: "Lifeline: 1-800-273-8255"
            ---
            [Call the lifeline](tel:18002738255)
            """);

        var result = site.Check();

        Assert.Equal([new SourceLocation("content/about.md", 3, 25), new SourceLocation("content/about.md", 5, 25)],
            result.WithCode(DiagnosticCodes.RetiredCrisisNumber).Select(w => w.Location).OrderBy(l => l.Line));
    }

    [Theory]
    [InlineData("Call or text 988.")]
    [InlineData("Our office: 1-800-273-82551.")]
    [InlineData("Order number 2800-273-8255.")]
    [InlineData("The hotline is 1-800-799-7233.")]
    public void Leaves_other_numbers_alone(string text)
    {
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: A\n---\n{text}\n");

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.RetiredCrisisNumber));
    }
}
