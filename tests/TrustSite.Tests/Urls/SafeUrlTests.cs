using TrustSite.Urls;

namespace TrustSite.Tests.Urls;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("http://example.org/x")]
    [InlineData("mailto:a@b.org")]
    [InlineData("tel:+14076180212")]
    [InlineData("/about/")]
    [InlineData("photo.jpg")]
    [InlineData("../x.md#y")]
    [InlineData("a/b:c")]
    public void Allows_web_mail_phone_and_relative_urls(string url) => Assert.True(SafeUrl.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("vbscript:x")]
    [InlineData("java\tscript:x")]
    [InlineData("file:///etc/passwd")]
    public void Refuses_schemes_that_can_run_code(string url) => Assert.False(SafeUrl.IsAllowed(url));
}
