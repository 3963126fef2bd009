using System.Text;
using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Escapes text so that Markdown shows it as written, while leaving ordinary prose readable.</summary>
public static partial class MarkdownText
{
    /// <summary>Escapes the characters that would start Markdown syntax in the middle of a line.</summary>
    public static string Escape(string text, bool inTable = false)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '~' or '^' => true,
                // Inside a word (snake_case, file_name) an underscore never starts emphasis, so it stays unescaped there.
                '_' => !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next),
                '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
                '&' => EntityLike().IsMatch(text.AsSpan(i)),
                // Markdig's emphasis extras read ==marked== and ++inserted++.
                '=' or '+' => next == c && previous != '\\',
                '|' => inTable,
                _ => false,
            };
            if (escape)
            {
                result.Append('\\');
            }
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Escapes what would turn a line of text into a heading, quote, list, rule or definition.</summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }
        if (line[0] is '#' or '>' or '-' or '+' or '=' || (line[0] == ':' && (line.Length == 1 || line[1] == ' ')))
        {
            return "\\" + line;
        }
        return OrderedListStart().Match(line) is { Success: true } match
            ? match.Groups[1].Value + "\\" + line[match.Groups[1].Length..]
            : line;
    }

    /// <summary>A code span whose fence is longer than any run of backticks inside it.</summary>
    public static string CodeSpan(string code)
    {
        var fence = new string('`', LongestRun(code, '`') + 1);
        var padding = code.StartsWith('`') || code.EndsWith('`') || (code.StartsWith(' ') && code.EndsWith(' ') && code.Trim().Length > 0) ? " " : "";
        return fence + padding + code + padding + fence;
    }

    /// <summary>A link or image destination: spaces encoded, parentheses escaped, so any URL stays one destination.</summary>
    public static string Destination(string url) =>
        url.Trim().Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>A quoted link title, or "" when there is none.</summary>
    public static string Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "" : " \"" + title.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var x in text)
        {
            current = x == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    [GeneratedRegex(@"^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityLike();

    [GeneratedRegex(@"^(\d{1,9})[.)](\s|$)")]
    private static partial Regex OrderedListStart();
}
