using System.Globalization;

namespace TrustSite.Templating.Views;

/// <summary>Formats dates for readers in the site's language, and in ISO 8601 for machines.</summary>
public sealed class DateFormatter(string language)
{
    private readonly CultureInfo _culture = CultureFor(language);

    private readonly string _pattern = language.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => "MMMM d, yyyy",
        "es" => "d 'de' MMMM 'de' yyyy",
        _ => CultureFor(language).DateTimeFormat.LongDatePattern,
    };

    public string? Display(DateTimeOffset? date) => date?.ToString(_pattern, _culture);

    /// <summary>A month's name as a heading shows it: "May", "Mayo".</summary>
    public string MonthName(int month)
    {
        var name = _culture.DateTimeFormat.GetMonthName(month);
        return name.Length == 0 ? name : char.ToUpper(name[0], _culture) + name[1..];
    }

    public static string? Iso(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
