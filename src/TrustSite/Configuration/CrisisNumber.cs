using System.Text;
using System.Text.RegularExpressions;

namespace TrustSite.Configuration;

/// <summary>Crisis line numbers: short codes such as 988 are dialled as written, and the retired US lifeline is recognised in any spelling.</summary>
public static partial class CrisisNumber
{
    /// <summary>The National Suicide Prevention Lifeline's old number, replaced by 988 in July 2022.</summary>
    public const string RetiredLifeline = "1-800-273-8255";

    /// <summary>The digits of a number and a leading '+', for tel: and sms: links.</summary>
    public static string Dialable(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && result.Length == 0))
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    /// <summary>Why a number cannot be dialled, or null when it can: digits with spaces, dots, dashes, brackets and a leading '+'.</summary>
    public static string? Problem(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '+')))
        {
            return "only digits, spaces, dots, dashes, brackets and a leading '+' can be dialled";
        }
        if (trimmed.LastIndexOf('+') > 0)
        {
            return "'+' can only start the number";
        }
        var digits = Dialable(trimmed).TrimStart('+').Length;
        return digits is < 3 or > 15 ? $"it has {digits} digits; a number has between 3 (like 988) and 15" : null;
    }

    /// <summary>Every place the retired lifeline number is written in a text: 1-800-273-8255, 1-800-273-TALK, (800) 273-8255, 18002738255 and the like.</summary>
    public static IEnumerable<Match> FindRetired(string text) => RetiredPattern().Matches(text);

    public static bool IsRetired(string text) => RetiredPattern().IsMatch(text);

    // Optional country code, then 800 273 and 8255 or TALK, with any of the usual separators, and no digit glued on either side.
    [GeneratedRegex(@"(?<![\dA-Za-z])(?:\+?1[\s.\-]*)?\(?800\)?[\s.\-]*273[\s.\-]*(?:8255|TALK)(?![\dA-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetiredPattern();
}
