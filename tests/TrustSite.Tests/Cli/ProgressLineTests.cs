using TrustSite.Build;
using TrustSite.Cli;

namespace TrustSite.Tests.Cli;

public class ProgressLineTests
{
    private sealed class ManualTime : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public void Advance(double seconds) => Ticks += (long)(seconds * TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void Shows_nothing_during_the_first_second()
    {
        var time = new ManualTime();
        using var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);

        time.Advance(0.9);
        progress.Report(new BuildProgress("render", 5_000, 10_000));
        progress.Clear();

        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void Rewrites_one_line_in_place_with_thousands_separators_then_clears_it()
    {
        var time = new ManualTime();
        using var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);

        time.Advance(1.2);
        progress.Report(new BuildProgress("render", 5_000, 10_000));
        time.Advance(0.2);
        progress.Report(new BuildProgress("render", 10_000, 10_000));
        progress.Clear();

        var blank = new string(' ', "Rendering pages: 10,000/10,000".Length);
        Assert.Equal($"\rRendering pages: 5,000/10,000\rRendering pages: 10,000/10,000\r{blank}\r", terminal.ToString());
    }

    [Fact]
    public void Skips_updates_closer_than_a_tenth_of_a_second_and_ones_that_go_backwards_but_always_shows_the_last()
    {
        var time = new ManualTime();
        using var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);
        time.Advance(1.5);

        progress.Report(new BuildProgress("render", 10, 30));
        progress.Report(new BuildProgress("render", 20, 30));
        time.Advance(0.5);
        progress.Report(new BuildProgress("render", 9, 30));
        progress.Report(new BuildProgress("render", 30, 30));

        Assert.Equal("\rRendering pages: 10/30\rRendering pages: 30/30", terminal.ToString());
    }

    [Fact]
    public void Names_each_stage_and_starts_counting_afresh_when_the_stage_changes()
    {
        var time = new ManualTime();
        using var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);
        time.Advance(1.5);

        progress.Report(new BuildProgress("content", 30, 30));
        progress.Report(new BuildProgress("markdown", 1, 30));
        progress.Report(new BuildProgress("markdown", 2, 30));
        time.Advance(0.2);
        progress.Report(new BuildProgress("render", 1, 40));

        Assert.Equal("\rReading content: 30/30\rConverting Markdown: 1/30\rRendering pages: 1/40    ", terminal.ToString());
    }
}
