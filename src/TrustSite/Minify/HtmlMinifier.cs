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

    // Lines are trimmed and joined by a single line break: still whitespace where there was whitespace, so nothing reads differently.
    private static void MinifyText(ReadOnlySpan<char> text, StringBuilder output)
    {
        foreach (var line in Comment().Replace(text.ToString(), "").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            if (output.Length > 0 && output[^1] != '\n')
            {
                output.Append('\n');
            }
            output.Append(trimmed);
        }
    }

    [GeneratedRegex(@"<(pre|textarea|script|style)\b[\s\S]*?</\1>", RegexOptions.IgnoreCase)]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"<!--(?!\[if)[\s\S]*?-->")]
    private static partial Regex Comment();
}
