using System.Collections.Immutable;
using System.Text;

namespace TrustSite.Privacy;

/// <summary>A script split into code (comments and strings blanked, offsets kept) and its string literals, so that a
/// word in a comment is not a use and an address in a string is found.</summary>
internal sealed class ScriptText
{
    private ScriptText(string code, ImmutableArray<(int Offset, string Content)> strings) => (Code, Strings) = (code, strings);

    /// <summary>The script with every comment and string replaced by spaces; newlines are kept, so offsets match the source.</summary>
    public string Code { get; }

    /// <summary>Each string or template literal's content, with the offset where it starts.</summary>
    public ImmutableArray<(int Offset, string Content)> Strings { get; }

    public static ScriptText Read(string script)
    {
        var code = new StringBuilder(script);
        var strings = ImmutableArray.CreateBuilder<(int, string)>();
        var i = 0;
        var previous = '\0'; // the last character of code, to tell a regular expression from a division
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            var end = c switch
            {
                '/' when next == '/' => LineEnd(script, i),
                '/' when next == '*' => BlockEnd(script, i),
                '"' or '\'' or '`' => QuoteEnd(script, i),
                '/' when StartsRegex(previous) => RegexEnd(script, i),
                _ => -1,
            };
            if (end < 0)
            {
                previous = char.IsWhiteSpace(c) ? previous : c;
                i++;
                continue;
            }
            if (c is '"' or '\'' or '`')
            {
                strings.Add((i + 1, script[(i + 1)..Math.Max(i + 1, end - 1)]));
                previous = 'x';
            }
            else if (c == '/' && next is not ('/' or '*'))
            {
                previous = 'x';
            }
            Blank(code, i, end);
            i = end;
        }
        return new ScriptText(code.ToString(), strings.ToImmutable());
    }

    private static bool StartsRegex(char previous) => previous is '\0' or '(' or ',' or '=' or ':' or '[' or '!' or '&' or '|' or '?' or '{' or '}' or ';' or '+' or '-' or '*' or '%' or '<' or '>' or '~' or '^';

    private static int LineEnd(string s, int i) => s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;

    private static int BlockEnd(string s, int i) => s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;

    private static int QuoteEnd(string s, int i)
    {
        var quote = s[i];
        for (var j = i + 1; j < s.Length; j++)
        {
            if (s[j] == '\\')
            {
                j++;
            }
            else if (s[j] == quote || (s[j] == '\n' && quote != '`'))
            {
                return j + 1;
            }
        }
        return s.Length;
    }

    private static int RegexEnd(string s, int i)
    {
        var inClass = false;
        for (var j = i + 1; j < s.Length && s[j] != '\n'; j++)
        {
            switch (s[j])
            {
                case '\\':
                    j++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
                case '/' when !inClass:
                    return j + 1;
            }
        }
        return i + 1; // not a regular expression after all: a lone '/'
    }

    private static void Blank(StringBuilder code, int start, int end)
    {
        for (var i = start; i < end && i < code.Length; i++)
        {
            if (code[i] != '\n')
            {
                code[i] = ' ';
            }
        }
    }
}
