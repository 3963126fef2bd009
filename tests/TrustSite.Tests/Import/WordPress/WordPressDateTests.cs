using TrustSite.Import.WordPress;

namespace TrustSite.Tests.Import.WordPress;

public class WordPressDateTests
{
    [Theory]
    [InlineData("2023-05-08 09:00:00", "2023-05-08 13:00:00", "2023-05-08T09:00:00-04:00")]
    [InlineData("2023-01-08 09:00:00", "2023-01-08 14:00:00", "2023-01-08T09:00:00-05:00")]
    [InlineData("2024-02-12 09:00:00", "2024-02-12 08:00:00", "2024-02-12T09:00:00+01:00")]
    [InlineData("2024-02-12 09:00:00", "2024-02-12 03:30:00", "2024-02-12T09:00:00+05:30")]
    [InlineData("2024-02-12 09:00:00", "2024-02-12 09:00:00", "2024-02-12T09:00:00Z")]
    [InlineData("2023-11-20 18:45:00", "0000-00-00 00:00:00", "2023-11-20T18:45:00")]
    [InlineData("2023-11-20 18:45:00", "2023-11-19 01:02:03", "2023-11-19T01:02:03Z")]
    [InlineData("", "", null)]
    public void Writes_the_old_sites_offset_from_its_two_dates(string local, string gmt, string? expected)
    {
        Assert.Equal(expected, WordPressDate.ToFrontMatter(local, gmt));
    }
}
