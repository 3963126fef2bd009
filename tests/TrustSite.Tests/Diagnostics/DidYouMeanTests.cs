using TrustSite.Diagnostics;

namespace TrustSite.Tests.Diagnostics;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tag", "tags")]
    [InlineData("catgories", "categories")]
    [InlineData("PublishDate", "publishDate")]
    public void Suggests_the_closest_known_name(string typo, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(typo, ["title", "tags", "categories", "publishDate", "date"]));
    }

    [Fact]
    public void Suggests_nothing_when_no_name_is_close()
    {
        Assert.Null(DidYouMean.Suggest("colour", ["title", "tags"]));
    }
}
