namespace TrustSite.Markdown.Shortcodes;

/// <summary>The parts of a Markdown text that are code (fenced blocks and `spans`), where a shortcode is only text to show.</summary>
public sealed class CodeRanges
{
    private readonly List<(int Start, int End)> _ranges;

    private CodeRanges(List<(int Start, int End)> ranges) => _ranges = ranges;

    public bool Contains(int offset) => _ranges.Any(r => offset >= r.Start && offset < r.End);

    public static CodeRanges Find(string text)
    {
        var ranges = new List<(int, int)>();
        var position = 0;
        string? fence = null;
        var fenceStart = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(position, lineEnd - position).TrimStart();
            if (fence is not null)
            {
                if (line.StartsWith(fence))
                {
                    ranges.Add((fenceStart, lineEnd));
                    fence = null;
                }
            }
            else if (line.StartsWith("```") || line.StartsWith("~~~"))
            {
                fence = line[..3].ToString();
                fenceStart = position;
            }
            else
            {
                AddSpans(text, position, lineEnd, ranges);
            }
            position = lineEnd + 1;
        }
        if (fence is not null)
        {
            ranges.Add((fenceStart, text.Length));
        }
        return new CodeRanges(ranges);
    }

    private static void AddSpans(string text, int start, int end, List<(int, int)> ranges)
    {
        var i = start;
        while (i < end)
        {
            var open = text.IndexOf('`', i, end - i);
            if (open < 0)
            {
                return;
            }
            var close = text.IndexOf('`', open + 1, end - open - 1);
            if (close < 0)
            {
                return;
            }
            ranges.Add((open, close + 1));
            i = close + 1;
        }
    }
}
