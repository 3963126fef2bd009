namespace TrustSite.Privacy;

/// <summary>Where an element's attribute values sit in the source, which AngleSharp does not keep: read from the start tag itself.</summary>
internal sealed class StartTag
{
    private readonly Dictionary<string, (int Start, int Length)> _values = new(StringComparer.OrdinalIgnoreCase);

    private StartTag(int start) => Start = start;

    /// <summary>The offset of the tag's '&lt;'.</summary>
    public int Start { get; }

    /// <summary>The offset just after the tag's '&gt;', where a script's or style's text begins.</summary>
    public int End { get; private set; }

    /// <summary>The offset of the attribute's value (of its name when it has none), or the tag's start when it is not found.</summary>
    public int ValueOffset(string attribute) => _values.TryGetValue(attribute, out var value) ? value.Start : Start;

    /// <summary>The attribute's value exactly as written, before character references are decoded.</summary>
    public string? RawValue(string text, string attribute) =>
        _values.TryGetValue(attribute, out var value) ? text.Substring(value.Start, value.Length) : null;

    /// <summary>Reads the start tag beginning at <paramref name="start"/>, following HTML's rules for quotes.</summary>
    public static StartTag Read(string text, int start)
    {
        var tag = new StartTag(start);
        var i = start + 1;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('>' or '/'))
        {
            i++;
        }
        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }
            if (i >= text.Length || text[i] == '>')
            {
                break;
            }
            i = tag.ReadAttribute(text, i);
        }
        tag.End = Math.Min(i + 1, text.Length);
        return tag;
    }

    private int ReadAttribute(string text, int i)
    {
        var nameStart = i;
        i++; // a name may begin with '=', which HTML keeps as part of it
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('=' or '>' or '/'))
        {
            i++;
        }
        var name = text[nameStart..i];
        var valueStart = nameStart;
        var valueLength = 0;
        var j = SkipSpaces(text, i);
        if (j < text.Length && text[j] == '=')
        {
            j = SkipSpaces(text, j + 1);
            if (j < text.Length && text[j] is '"' or '\'')
            {
                var close = text.IndexOf(text[j], j + 1);
                close = close < 0 ? text.Length : close;
                (valueStart, valueLength, i) = (j + 1, close - j - 1, Math.Min(close + 1, text.Length));
            }
            else
            {
                var end = j;
                while (end < text.Length && !IsSpace(text[end]) && text[end] != '>')
                {
                    end++;
                }
                (valueStart, valueLength, i) = (j, end - j, end);
            }
        }
        _values.TryAdd(name, (valueStart, valueLength)); // HTML keeps the first of two attributes with one name
        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
