namespace TrustSite.Privacy;

/// <summary>Turns offsets in a file's text into 1-based lines and columns, and back.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <param name="text">Text whose line endings are already '\n'.</param>
    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
        _length = text.Length;
    }

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column, or -1 when the file has no such line.</summary>
    public int OffsetOf(int line, int column) =>
        line >= 1 && line <= _lineStarts.Length ? Math.Min(_lineStarts[line - 1] + Math.Max(column, 1) - 1, _length) : -1;
}
