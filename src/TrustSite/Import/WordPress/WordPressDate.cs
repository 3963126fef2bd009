using System.Globalization;

namespace TrustSite.Import.WordPress;

/// <summary>Turns WordPress's pair of dates (site time and GMT) into one front matter date with its offset.</summary>
public static class WordPressDate
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    /// <summary>"2023-05-08 09:00:00" and "2023-05-08 13:00:00" give "2023-05-08T09:00:00-04:00"; null when neither is a date.</summary>
    public static string? ToFrontMatter(string local, string gmt)
    {
        var hasLocal = TryParse(local, out var localTime);
        var hasGmt = TryParse(gmt, out var gmtTime);
        if (hasLocal && hasGmt)
        {
            // The difference is the WordPress site's own offset on that day, daylight saving included.
            var offset = localTime - gmtTime;
            if (offset == TimeSpan.Zero)
            {
                return gmtTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }
            if (Math.Abs(offset.TotalHours) <= 14 && offset.TotalMinutes % 15 == 0)
            {
                return new DateTimeOffset(localTime, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            }
        }
        if (hasGmt)
        {
            return gmtTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        // Drafts have no GMT date ("0000-00-00 00:00:00"): without an offset, the build reads it in site.yml's time zone.
        return hasLocal ? localTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : null;
    }

    public static bool TryParse(string text, out DateTime value) =>
        DateTime.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value) && value.Year > 1;
}
