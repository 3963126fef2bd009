using TrustSite.Urls;

namespace TrustSite.Tests.Urls;

public class SlugifierTests
{
    [Theory]
    [InlineData("Did you fail your partner? 5 tips", "did-you-fail-your-partner-5-tips")]
    [InlineData("Matrimonio y Fe", "matrimonio-y-fe")]
    [InlineData("matrimonio y fé", "matrimonio-y-fe")]
    [InlineData("  Don’t rush  ", "dont-rush")]
    [InlineData("¿Le fallaste a tu pareja?", "le-fallaste-a-tu-pareja")]
    [InlineData("Straße", "straße")]
    [InlineData("???", "")]
    public void Makes_readable_lower_case_slugs(string text, string slug)
    {
        Assert.Equal(slug, Slugifier.Slugify(text));
    }

    [Fact]
    public void Produces_only_safe_characters_for_any_input()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x3000)).ToArray());

            var slug = Slugifier.Slugify(text);

            Assert.Null(slug.Length == 0 ? null : SitePath.Problem("/" + slug + "/"));
            Assert.DoesNotContain("--", slug);
            Assert.False(slug.StartsWith('-') || slug.EndsWith('-'), slug);
        }
    }
}
