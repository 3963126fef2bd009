using TrustSite.Cli;

namespace TrustSite.Tests.Cli;

public class ConsoleStyleTests
{
    [Fact]
    public void Uses_colour_and_progress_on_a_terminal()
    {
        var style = ConsoleStyle.Decide(isTerminal: true, _ => null);

        Assert.Equal(new ConsoleStyle(UseColor: true, ShowProgress: true), style);
    }

    [Fact]
    public void Uses_neither_when_the_stream_is_redirected()
    {
        var style = ConsoleStyle.Decide(isTerminal: false, _ => null);

        Assert.Equal(new ConsoleStyle(UseColor: false, ShowProgress: false), style);
    }

    [Theory]
    [InlineData("NO_COLOR", "1", false)]
    [InlineData("NO_COLOR", "0", false)]
    [InlineData("NO_COLOR", "", true)]
    [InlineData("TERM", "dumb", false)]
    [InlineData("TERM", "xterm-256color", true)]
    public void Honours_no_color_with_any_non_empty_value_and_dumb_terminals(string name, string value, bool color)
    {
        var style = ConsoleStyle.Decide(isTerminal: true, n => n == name ? value : null);

        Assert.Equal(color, style.UseColor);
        Assert.True(style.ShowProgress);
    }

    [Fact]
    public void Never_paints_a_writer_that_is_not_the_consoles_own()
    {
        using var writer = new StringWriter();

        var style = ConsoleStyle.For(writer, _ => null);

        Assert.Equal(new ConsoleStyle(UseColor: false, ShowProgress: false), style);
    }

    [Fact]
    public void Build_and_check_print_no_escape_codes_and_no_progress_when_captured()
    {
        using var site = new TestSupport.TempSite("-- content/articles/a.md --\n---\ntitle: A\n---\n#### Deep\n");

        var build = TestSupport.CliRunner.Run(site.Root, "build");
        var check = TestSupport.CliRunner.Run(site.Root, "check");

        Assert.DoesNotContain('\u001b', build.Stderr + build.Stdout + check.Stderr + check.Stdout);
        Assert.DoesNotContain('\r', build.Stderr + check.Stderr);
    }
}
