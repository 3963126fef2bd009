using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrustSite.Import.Writing;

/// <summary>Writes YAML scalars that read back as exactly the same string: plain when that is safe, else double-quoted.</summary>
public static partial class YamlScalar
{
    /// <summary>A double-quoted scalar; backslash, quote and every control or line-breaking character are escaped.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                // Some YAML parsers read these as line breaks, and a BOM inside a value is invisible.
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                '\uFEFF' => "\\uFEFF",
                _ when char.IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A plain scalar for simple words and slugs, which YAML cannot read as a number, date, boolean or null.</summary>
    public static string Plain(string value) => IsSafePlain(value) ? value : Quoted(value);

    /// <summary>A flow list, [a, b], with each item plain or quoted as it needs.</summary>
    public static string FlowList(IEnumerable<string> values, bool quoteAll = false) =>
        "[" + string.Join(", ", values.Select(v => quoteAll ? Quoted(v) : Plain(v))) + "]";

    private static bool IsSafePlain(string value) =>
        SafeWords().IsMatch(value) && !Reserved().IsMatch(value) && !LooksNumeric().IsMatch(value);

    // Letters and digits of any script, joined by single spaces, '-', '_' or '.'; nothing YAML treats as syntax.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*(?: [\p{L}\p{N}\p{M}_.-]+)*$")]
    private static partial Regex SafeWords();

    [GeneratedRegex(@"^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();

    // Numbers in any YAML schema (1, 1.5, 1e3, 0x1F, 0o7, 1_000) and dates (2024-05-01) would change type.
    [GeneratedRegex(@"^[0-9._]+$|^[0-9][0-9_]*(?:\.[0-9_]*)?[eE][0-9]+$|^0[xXoObB]|^\d{4}-\d")]
    private static partial Regex LooksNumeric();
}
