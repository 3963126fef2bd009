using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class FrontMatterImagesTests
{
    [Fact]
    public void Warns_when_the_image_beside_a_bundle_is_missing_at_the_image_line()
    {
        using var site = new TempSite("""
            -- content/articles/hope/index.md --
            ---
            title: Hope
            image: cover.jpg
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterImageMissing));
        Assert.Equal(new SourceLocation("content/articles/hope/index.md", 3, 8), warning.Location);
        Assert.Equal("the image 'cover.jpg' is missing: the site has no file at /articles/hope/cover.jpg", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Accepts_an_image_beside_the_bundle_a_path_from_the_root_and_another_sites_address()
    {
        using var site = new TempSite("""
            -- content/articles/hope/index.md --
            ---
            title: Hope
            image: cover.svg
            ---
            -- content/articles/hope/cover.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/articles/trust.md --
            ---
            title: Trust
            image: /images/trust.svg
            ---
            -- content/images/trust.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/articles/faith.md --
            ---
            title: Faith
            image: https://images.example.org/faith.jpg
            ---
            """);

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Reads_a_path_with_a_slash_from_the_sites_root_as_templates_do()
    {
        using var site = new TempSite("""
            -- content/articles/trust.md --
            ---
            title: Trust
            image: images/trust.svg
            ---
            """);

        var result = site.Check();

        Assert.Contains("no file at /images/trust.svg", Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterImageMissing)).Message);
    }
}
