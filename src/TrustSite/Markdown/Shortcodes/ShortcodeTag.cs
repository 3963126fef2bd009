using System.Collections.Immutable;

namespace TrustSite.Markdown.Shortcodes;

/// <summary>One shortcode tag: {{&lt; name a="1" b='2' positional &gt;}}, {{&lt; /name &gt;}} or {{&lt; name /&gt;}}.</summary>
public sealed record ShortcodeTag(string Name, ImmutableArray<KeyValuePair<string, string>> Params, bool IsClosing, bool IsSelfClosing)
{
    /// <summary>Reads the tag that starts at <paramref name="start"/>; null with the problem when it is malformed.</summary>
    public static ShortcodeTag? Parse(string text, int start, out int end, out string? problem)
    {
        var close = text.IndexOf(">}}", start + 3, StringComparison.Ordinal);
        var nextOpen = text.IndexOf("{{<", start + 3, StringComparison.Ordinal);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
        {
            end = start + 3;
            problem = "it is never closed with '>}}'";
            return null;
        }
        end = close + 3;
        var inside = text.AsSpan(start + 3, close - start - 3).Trim();
        var isClosing = inside.StartsWith("/");
        var isSelfClosing = !isClosing && inside.EndsWith("/");
        inside = inside.Trim('/').Trim();
        var nameEnd = 0;
        while (nameEnd < inside.Length && (char.IsAsciiLetterOrDigit(inside[nameEnd]) || inside[nameEnd] is '-' or '_'))
        {
            nameEnd++;
        }
        if (nameEnd == 0)
        {
            problem = "it has no name";
            return null;
        }
        var name = inside[..nameEnd].ToString();
        var parameters = ReadParams(inside[nameEnd..].ToString(), out problem);
        return parameters is null ? null : new ShortcodeTag(name, parameters.Value, isClosing, isSelfClosing);
    }

    private static ImmutableArray<KeyValuePair<string, string>>? ReadParams(string text, out string? problem)
    {
        var result = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var i = 0;
        var positional = 0;
        problem = null;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                return result.ToImmutable();
            }
            var keyStart = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
            {
                i++;
            }
            string? key = null;
            if (i > keyStart && i < text.Length && text[i] == '=')
            {
                key = text[keyStart..i];
                i++;
            }
            else
            {
                i = keyStart;
            }
            var value = ReadValue(text, ref i, out problem);
            if (value is null)
            {
                return null;
            }
            result.Add(new(key ?? (positional++).ToString(System.Globalization.CultureInfo.InvariantCulture), value));
        }
    }

    private static string? ReadValue(string text, ref int i, out string? problem)
    {
        problem = null;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var close = text.IndexOf(quote, i + 1);
            if (close < 0)
            {
                problem = $"a value starting with {quote} is not closed";
                return null;
            }
            var value = text[(i + 1)..close];
            i = close + 1;
            return value;
        }
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        if (i == start)
        {
            problem = "a value is missing after '='";
            return null;
        }
        return text[start..i];
    }
}
