using System.Text;
using System.Text.RegularExpressions;

namespace TrustSite.Minify;

/// <summary>Removes indentation, blank lines and comments from HTML, never inside pre, textarea, script or style, where whitespace is content.</summary>
public static partial class HtmlMinifier
{
    public static string Minify(string html)
    {
        var output = new StringBuilder(html.Length);
        var position = 0;
        foreach (Match raw in Verbatim().Matches(html))
        {
            MinifyText(html.AsSpan(position, raw.Index - position), output);
            output.Append(raw.Value);
            position = raw.Index + raw.Length;
        }
        MinifyText(html.AsSpan(position), output);
        return output.ToString();
    }

    // Every run of whitespace that holds a line break becomes one line break; other whitespace is kept. Where there was
    // whitespace there still is, so nothing reads differently, and where there was none (text against a tag) none is added.
    private static void MinifyText(ReadOnlySpan<char> text, StringBuilder output)
    {
        var withoutComments = Comment().Replace(text.ToString(), "");
        var i = 0;
        while (i < withoutComments.Length)
        {
            var c = withoutComments[i];
            if (!char.IsWhiteSpace(c))
            {
                output.Append(c);
                i++;
                continue;
            }
            var start = i;
            while (i < withoutComments.Length && char.IsWhiteSpace(withoutComments[i]))
            {
                i++;
            }
            var run = withoutComments.AsSpan(start, i - start);
            output.Append(run.Contains('\n') ? "\n" : run);
        }
    }

    [GeneratedRegex(@"<(pre|textarea|script|style)\b[\s\S]*?</\1>", RegexOptions.IgnoreCase)]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"<!--(?!\[if)[\s\S]*?-->")]
    private static partial Regex Comment();
}
