using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class StartTagTests
{
    [Fact]
    public void Finds_quoted_unquoted_and_valueless_attributes_and_the_end_of_the_tag()
    {
        const string Html = "<p>x</p><img alt='a > b' SRC = \"https://a.example/x.png\" hidden data-x=plain>after";

        var tag = StartTag.Read(Html, Html.IndexOf("<img", StringComparison.Ordinal));

        Assert.Equal("https://a.example/x.png", tag.RawValue(Html, "src"));
        Assert.Equal("plain", tag.RawValue(Html, "data-x"));
        Assert.Equal("", tag.RawValue(Html, "hidden"));
        Assert.Equal(Html.IndexOf("after", StringComparison.Ordinal), tag.End);
        Assert.Equal(Html.IndexOf("https", StringComparison.Ordinal), tag.ValueOffset("src"));
    }

    [Fact]
    public void Keeps_the_first_of_two_attributes_with_one_name_as_html_does()
    {
        const string Html = "<img src=\"/first.png\" src=\"https://second.example/\">";

        var tag = StartTag.Read(Html, 0);

        Assert.Equal("/first.png", tag.RawValue(Html, "src"));
    }

    [Fact]
    public void Places_a_missing_attribute_at_the_start_of_the_tag()
    {
        const string Html = "  <img alt=\"\">";

        Assert.Equal(2, StartTag.Read(Html, 2).ValueOffset("src"));
    }
}
