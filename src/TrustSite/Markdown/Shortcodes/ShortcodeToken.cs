using System.Text;
using System.Text.RegularExpressions;

namespace TrustSite.Markdown.Shortcodes;

/// <summary>Placeholders for shortcodes, made of private-use characters: Markdown leaves them alone and they never count as words.</summary>
public static partial class ShortcodeToken
{
    private const char Edge = '\uE000';

    public static string For(int index)
    {
        var token = new StringBuilder().Append(Edge);
        foreach (var digit in index.ToString("x", System.Globalization.CultureInfo.InvariantCulture))
        {
            token.Append((char)(0xE001 + Convert.ToInt32(digit.ToString(), 16)));
        }
        return token.Append(Edge).ToString();
    }

    /// <summary>Text with every placeholder removed, for summaries.</summary>
    public static string Strip(string text) => text.Contains(Edge) ? Tokens().Replace(text, "").Trim() : text;

    [GeneratedRegex("\uE000[\uE001-\uE010]+\uE000")]
    private static partial Regex Tokens();
}
