using System.Globalization;

namespace TrustSite.Content;

/// <summary>Parses the dates authors write: a day, a day and time, with or without an offset, ISO or Jekyll style.</summary>
public static class DateParser
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zz",
        "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mmK",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    public const string Hint = "dates look like 2024-05-01, 2024-05-01T09:30 or 2024-05-01T09:30:00-05:00";

    /// <summary>Parses a date; one without an offset is read in the site's time zone.</summary>
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        // Jekyll writes offsets as -0500; .NET's zzz wants -05:00.
        if (trimmed.Length > 5 && (trimmed[^5] is '+' or '-') && trimmed[^4..].All(char.IsAsciiDigit) && trimmed[^6] == ' ')
        {
            trimmed = trimmed[..^2] + ":" + trimmed[^2..];
        }
        // Formats without an offset first: "K" also matches nothing, and would read 09:30 as UTC rather than the site's zone.
        if (DateTime.TryParseExact(trimmed, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }
        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Explains why a date that looks like a date is not one, such as 2024-02-30.</summary>
    public static string Describe(string text)
    {
        var parts = text.Trim().Split('-', 'T', ' ');
        if (parts.Length >= 3 && int.TryParse(parts[0], out var year) && int.TryParse(parts[1], out var month)
            && int.TryParse(parts[2].Length >= 2 ? parts[2][..2] : parts[2], out var day))
        {
            if (month is < 1 or > 12)
            {
                return $"there is no month {month}";
            }
            if (year is >= 1 and <= 9999 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                return $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has no day {day}";
            }
        }
        return "it is not a date";
    }
}
