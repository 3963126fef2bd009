using TrustSite.Import.WordPress;

namespace TrustSite.Tests.Import.WordPress;

public class OldSiteAddressTests
{
    private readonly OldSiteAddress _site = new("https://www.renewedtrust.example/blog");

    [Theory]
    [InlineData("http://renewedtrust.example/blog/2023/05/x/#top", "/blog/2023/05/x/")]
    [InlineData("https://WWW.renewedtrust.example/blog/?p=12", "/blog/?p=12")]
    [InlineData("/blog/about/", "/blog/about/")]
    [InlineData("https://elsewhere.example/blog/x/", null)]
    [InlineData("mailto:a@renewedtrust.example", null)]
    public void Recognises_addresses_on_the_old_site_whatever_their_scheme_and_www(string url, string? path)
    {
        Assert.Equal(path, _site.PathOf(url));
    }

    [Theory]
    [InlineData("https://renewedtrust.example/blog/wp-content/uploads/2023/05/a%20b.png", "2023/05/a b.png")]
    [InlineData("//www.renewedtrust.example/blog/wp-content/uploads/2023/05/a.png?ver=2", "2023/05/a.png")]
    [InlineData("https://renewedtrust.example/blog/2023/05/x/", null)]
    [InlineData("https://cdn.example/wp-content/uploads/2023/05/a.png", null)]
    public void Finds_the_path_of_an_upload(string url, string? upload)
    {
        Assert.Equal(upload, _site.UploadPathOf(url));
    }

    [Fact]
    public void Gives_one_key_to_the_forms_of_a_page_address()
    {
        Assert.Equal(_site.PageKeyOf("https://renewedtrust.example/blog/2023/05/Qu%C3%A9/"), _site.PageKeyOf("/blog/2023/05/qué"));
        Assert.Equal("/?p=12", _site.PageKeyOf("http://www.renewedtrust.example/blog/?p=12"));
    }
}
