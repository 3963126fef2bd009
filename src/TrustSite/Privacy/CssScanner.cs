namespace TrustSite.Privacy;

/// <summary>Finds the addresses a stylesheet makes the browser fetch: @import, url() (fonts inside @font-face) and image-set() strings.</summary>
internal sealed class CssScanner
{
    public const string ImportVia = "CSS @import", FontVia = "CSS @font-face", UrlVia = "CSS url()", ImageSetVia = "CSS image-set()";

    private readonly string _css;
    private readonly List<Reference> _found = [];
    private int _depth, _fontFaceDepth = -1, _parens, _imageSetParens = -1;
    private bool _inImport, _fontFaceNext;

    private CssScanner(string css) => _css = css;

    /// <summary>An address found in the stylesheet, with its offset in the text.</summary>
    public readonly record struct Reference(int Offset, string Url, ResourceKind Kind, string Via);

    public static IReadOnlyList<Reference> Scan(string css)
    {
        var scanner = new CssScanner(css);
        scanner.Run();
        return scanner._found;
    }

    private void Run()
    {
        var i = 0;
        while (i < _css.Length)
        {
            i = _css[i] switch
            {
                '/' when At(i + 1) == '*' => SkipComment(i),
                '"' or '\'' => String(i),
                '@' => AtKeyword(i),
                '{' => Open(i),
                '}' => Close(i),
                ';' => EndStatement(i),
                '(' => Paren(i, +1),
                ')' => Paren(i, -1),
                _ when IsFunction(i, "url(") => Url(i + 4),
                _ when IsFunction(i, "image-set(") || IsFunction(i, "-webkit-image-set(") => ImageSet(i),
                _ => i + 1,
            };
        }
    }

    private int SkipComment(int i)
    {
        var end = _css.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? _css.Length : end + 2;
    }

    private int String(int i)
    {
        var (content, end) = ReadString(i);
        if (_inImport)
        {
            Add(i + 1, content, ResourceKind.Style, ImportVia);
            _inImport = false;
        }
        else if (_imageSetParens >= 0 && _parens >= _imageSetParens)
        {
            Add(i + 1, content, ResourceKind.Image, ImageSetVia);
        }
        return end;
    }

    private int AtKeyword(int i)
    {
        var end = i + 1;
        while (end < _css.Length && (char.IsAsciiLetterOrDigit(_css[end]) || _css[end] == '-'))
        {
            end++;
        }
        var name = _css[(i + 1)..end];
        _inImport = name.Equals("import", StringComparison.OrdinalIgnoreCase);
        _fontFaceNext = name.Equals("font-face", StringComparison.OrdinalIgnoreCase);
        return end;
    }

    private int Open(int i)
    {
        _depth++;
        if (_fontFaceNext)
        {
            (_fontFaceDepth, _fontFaceNext) = (_depth, false);
        }
        _inImport = false;
        return i + 1;
    }

    private int Close(int i)
    {
        if (_depth == _fontFaceDepth)
        {
            _fontFaceDepth = -1;
        }
        _depth = Math.Max(0, _depth - 1);
        return i + 1;
    }

    private int EndStatement(int i)
    {
        (_inImport, _fontFaceNext) = (false, false);
        return i + 1;
    }

    private int Paren(int i, int change)
    {
        _parens = Math.Max(0, _parens + change);
        if (_parens < _imageSetParens)
        {
            _imageSetParens = -1;
        }
        return i + 1;
    }

    private int ImageSet(int i)
    {
        var open = _css.IndexOf('(', i);
        _parens++;
        _imageSetParens = _parens;
        return open + 1;
    }

    private int Url(int i)
    {
        var start = SkipSpaces(i);
        string url;
        int end;
        if (At(start) is '"' or '\'')
        {
            (url, end) = ReadString(start);
            start++;
            end = _css.IndexOf(')', end) is var close and >= 0 ? close + 1 : _css.Length;
        }
        else
        {
            end = _css.IndexOf(')', start) is var close and >= 0 ? close : _css.Length;
            url = _css[start..end].Trim();
            end = Math.Min(end + 1, _css.Length);
        }
        var (kind, via) = _inImport ? (ResourceKind.Style, ImportVia)
            : _fontFaceDepth >= 0 ? (ResourceKind.Font, FontVia)
            : (ResourceKind.Image, UrlVia);
        Add(start, url, kind, via);
        _inImport = false;
        return end;
    }

    private (string Content, int End) ReadString(int i)
    {
        var quote = _css[i];
        var text = new System.Text.StringBuilder();
        var j = i + 1;
        for (; j < _css.Length && _css[j] != quote && _css[j] != '\n'; j++)
        {
            if (_css[j] == '\\' && j + 1 < _css.Length)
            {
                j++;
            }
            text.Append(_css[j]);
        }
        return (text.ToString(), Math.Min(j + 1, _css.Length));
    }

    private void Add(int offset, string url, ResourceKind kind, string via)
    {
        if (url.Length > 0)
        {
            _found.Add(new Reference(offset, url, kind, via));
        }
    }

    // "url(" only as a function name of its own: not the end of "my-url(" or "--url(".
    private bool IsFunction(int i, string name) =>
        _css.AsSpan(i).StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (i == 0 || !(char.IsAsciiLetterOrDigit(_css[i - 1]) || _css[i - 1] is '-' or '_'));

    private int SkipSpaces(int i)
    {
        while (i < _css.Length && char.IsWhiteSpace(_css[i]))
        {
            i++;
        }
        return i;
    }

    private char At(int i) => i < _css.Length ? _css[i] : '\0';
}
