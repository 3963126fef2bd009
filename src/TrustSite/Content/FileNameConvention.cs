using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustSite.Content;

/// <summary>Reads Jekyll-style file names, "2024-05-01-my-title.md", as a date and a slug.</summary>
public static partial class FileNameConvention
{
    public static (DateTime? Date, string Stem) Parse(string stem)
    {
        var match = DatedName().Match(stem);
        if (match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, match.Groups[2].Value);
        }
        return (null, stem);
    }

    /// <summary>A readable title from a file name, for documents that give none: "rebuilding-trust" becomes "Rebuilding trust".</summary>
    public static string Humanize(string stem)
    {
        var words = stem.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? stem : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(.+)$")]
    private static partial Regex DatedName();
}
