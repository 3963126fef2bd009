using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class SrcsetParserTests
{
    [Fact]
    public void Splits_candidates_at_commas_after_their_descriptors()
    {
        var candidates = SrcsetParser.Parse("small.jpg 480w, https://cdn.example.net/large.jpg 1080w").ToArray();

        Assert.Equal([(0, "small.jpg"), (16, "https://cdn.example.net/large.jpg")], candidates);
    }

    [Fact]
    public void Keeps_commas_inside_an_address_and_ends_a_candidate_at_a_trailing_comma()
    {
        var candidates = SrcsetParser.Parse("https://img.example.com/a,b.jpg 2x,\n  c.jpg, d.jpg,e.jpg 3x").Select(c => c.Url);

        Assert.Equal(["https://img.example.com/a,b.jpg", "c.jpg", "d.jpg,e.jpg"], candidates);
    }

    [Fact]
    public void Skips_commas_inside_descriptor_parentheses()
    {
        var candidates = SrcsetParser.Parse("a.jpg (x, y) 1x, b.jpg 2x").Select(c => c.Url);

        Assert.Equal(["a.jpg", "b.jpg"], candidates);
    }

    [Fact]
    public void Gives_nothing_for_an_empty_value()
    {
        Assert.Empty(SrcsetParser.Parse(" , "));
    }
}
