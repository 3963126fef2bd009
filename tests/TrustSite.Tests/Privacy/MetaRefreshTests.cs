using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class MetaRefreshTests
{
    [Theory]
    [InlineData("0; url=https://a.example/", 7, "https://a.example/")]
    [InlineData("5;URL='https://a.example/x'", 7, "https://a.example/x")]
    [InlineData("0, https://a.example/", 3, "https://a.example/")]
    [InlineData("0;url = \"/new/\"", 9, "/new/")]
    [InlineData("3.5; https://a.example/", 5, "https://a.example/")]
    public void Reads_the_address_and_its_offset_in_the_forms_browsers_accept(string content, int offset, string url)
    {
        Assert.Equal((offset, url), MetaRefresh.Parse(content));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("0; url=")]
    public void Gives_nothing_for_a_refresh_of_the_page_itself(string content)
    {
        Assert.Null(MetaRefresh.Parse(content));
    }
}
