using System.Globalization;
using TrustSite.Build;

namespace TrustSite.Cli;

/// <summary>
/// Shows "Reading content: 5,000/10,000", then "Converting Markdown: …" and "Rendering pages: …" on one terminal line,
/// rewritten in place, once a build has run for about a second.
/// </summary>
/// <remarks>Reports come from parallel workers; within a stage the line is rewritten at most ten times a second and never goes backwards.</remarks>
public sealed class ProgressLine(TextWriter terminal, TimeProvider time) : IProgress<BuildProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly long _start = time.GetTimestamp();
    private readonly Lock _lock = new();
    private long _shownAt;
    private string? _shownStage;
    private int _shownDone;
    private int _width;

    public void Report(BuildProgress value)
    {
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(_start, now) < Delay)
        {
            return;
        }
        lock (_lock)
        {
            var isLast = value.Done == value.Total;
            var sameStage = value.Stage == _shownStage;
            if (sameStage && (value.Done <= _shownDone || !isLast && time.GetElapsedTime(_shownAt, now) < Interval))
            {
                return;
            }
            var text = string.Create(CultureInfo.InvariantCulture, $"{Label(value.Stage)}: {value.Done:N0}/{value.Total:N0}");
            // Padding covers a longer line written before, as '\r' only moves the cursor back.
            terminal.Write("\r" + text.PadRight(_width));
            (_shownAt, _shownStage, _shownDone, _width) = (now, value.Stage, value.Done, Math.Max(_width, text.Length));
        }
    }

    /// <summary>Blanks the line, if anything was shown, so that what is printed next starts at the left edge.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_width > 0)
            {
                terminal.Write("\r" + new string(' ', _width) + "\r");
                _width = 0;
            }
        }
    }

    private static string Label(string stage) => stage switch
    {
        "content" => "Reading content",
        "markdown" => "Converting Markdown",
        "render" => "Rendering pages",
        _ => stage,
    };
}
