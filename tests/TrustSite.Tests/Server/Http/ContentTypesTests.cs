using TrustSite.Server.Http;

namespace TrustSite.Tests.Server.Http;

public class ContentTypesTests
{
    [Theory]
    [InlineData("/x/index.html", "text/html; charset=utf-8")]
    [InlineData("/css/trust.3f2a.css", "text/css; charset=utf-8")]
    [InlineData("/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/atom.xml", "application/xml; charset=utf-8")]
    [InlineData("/feed.json", "application/json; charset=utf-8")]
    [InlineData("/favicon.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("/a/photo.jpg", "image/jpeg")]
    [InlineData("/a/photo.webp", "image/webp")]
    [InlineData("/a/photo.avif", "image/avif")]
    [InlineData("/fonts/x.woff2", "font/woff2")]
    [InlineData("/js/quick-exit.js", "text/javascript; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/_headers", "text/plain; charset=utf-8")]
    [InlineData("/CNAME", "text/plain; charset=utf-8")]
    [InlineData("/file.unknownext", "application/octet-stream")]
    public void Gives_each_kind_of_site_file_its_type(string path, string expected)
    {
        Assert.Equal(expected, ContentTypes.OfPath(path));
    }
}
