using TrustSite.Import.HtmlToMarkdown;

namespace TrustSite.Tests.Import.HtmlToMarkdown;

public class WpAutoPTests
{
    [Theory]
    [InlineData("One\ntwo\n\nThree", "<p>One<br />\ntwo</p>\n<p>Three</p>\n")]
    [InlineData("<ul>\n<li>a</li>\n<li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("Text\n<pre>a\n\nb</pre>", "<p>Text</p>\n<pre>a\n\nb</pre>\n")]
    [InlineData("<blockquote>Quote\n\nMore</blockquote>", "<blockquote><p>Quote</p>\n<p>More</p></blockquote>\n")]
    [InlineData("  \n ", "")]
    public void Makes_paragraphs_and_breaks_as_WordPress_does(string text, string html)
    {
        Assert.Equal(html, WpAutoP.Apply(text));
    }
}
