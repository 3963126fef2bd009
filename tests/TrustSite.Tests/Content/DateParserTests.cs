using TrustSite.Content;

namespace TrustSite.Tests.Content;

public class DateParserTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00-04:00")]
    [InlineData("2024-01-15", "2024-01-15T00:00:00-05:00")]
    [InlineData("2024-05-01T09:30", "2024-05-01T09:30:00-04:00")]
    [InlineData("2024-05-01 09:30:00", "2024-05-01T09:30:00-04:00")]
    [InlineData("2024-05-01T09:30:00Z", "2024-05-01T09:30:00+00:00")]
    [InlineData("2024-05-01T09:30:00-05:00", "2024-05-01T09:30:00-05:00")]
    [InlineData("2024-05-01 09:30:00 -0500", "2024-05-01T09:30:00-05:00")]
    [InlineData("2024-05-01T09:30:00.123+02:00", "2024-05-01T09:30:00.123+02:00")]
    public void Parses_dates_with_and_without_time_and_offset(string text, string expected)
    {
        Assert.True(DateParser.TryParse(text, NewYork, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("yesterday", "it is not a date")]
    [InlineData("2024-02-30", "February 2024 has no day 30")]
    [InlineData("2024-13-01", "there is no month 13")]
    public void Refuses_what_is_not_a_date_and_says_why(string text, string why)
    {
        Assert.False(DateParser.TryParse(text, TimeZoneInfo.Utc, out _));
        Assert.Equal(why, DateParser.Describe(text));
    }
}
