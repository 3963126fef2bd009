using System.Globalization;

namespace TrustSite.Scaffolding;

/// <summary>Writes a moment as front matter dates are written: to the second, with the zone's offset, 2026-11-24T10:30:00-05:00.</summary>
internal static class DateStamp
{
    public static string Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
