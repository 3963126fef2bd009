using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Tests.Configuration;

public class PlaceholderLinesTests
{
    private const string Yaml = """
        # Lines marked PLACEHOLDER need real details.
        title: "Renewed Trust"        # PLACEHOLDER: the ministry's name
        newsletter:
          account: "PLACEHOLDER"
          # PLACEHOLDER values below are fine in a comment of their own
          pitch: "Get in touch"
        """;

    [Fact]
    public void Warns_at_each_setting_still_marked_in_a_production_build_and_not_at_comment_lines()
    {
        var diagnostics = new DiagnosticBag();

        PlaceholderLines.Warn(Yaml, "production", diagnostics);

        var warnings = diagnostics.ToSortedArray();
        Assert.Equal([(2, 33, "'title' is still a placeholder, and a production build would publish it"), (4, 13, "'account' is still a placeholder, and a production build would publish it")],
            warnings.Select(w => (w.Location.Line, w.Location.Column, w.Message)));
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, DiagnosticCodes.ConfigPlaceholder), (w.Severity, w.Code)));
    }

    [Fact]
    public void Stays_quiet_when_previewing_or_building_for_another_environment()
    {
        var diagnostics = new DiagnosticBag();

        PlaceholderLines.Warn(Yaml, "development", diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
    }
}
