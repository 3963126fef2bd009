using System.Collections.Immutable;
using TrustSite.Markdown;
using TrustSite.Templating.Views;

namespace TrustSite.Tests.Templating.Views;

public class ReadingTimeTests
{
    [Theory]
    [InlineData(0, "en", 0)]
    [InlineData(50, "en", 1)]
    [InlineData(1190, "en", 5)]
    [InlineData(1190, "es", 5)]
    [InlineData(1308, "en", 5)]
    [InlineData(1308, "es", 6)]
    public void Reads_at_the_measured_speed_of_each_language(int words, string language, int minutes)
    {
        Assert.Equal(minutes, ReadingTime.Minutes(words, language));
    }

    [Fact]
    public void Renders_a_table_of_contents_of_two_levels()
    {
        ImmutableArray<Heading> headings = [new(2, "One", "one"), new(3, "One a", "one-a"), new(4, "Deep", "deep"), new(2, "Two & more", "two")];

        var html = TableOfContents.Render(headings).Value;

        Assert.Equal("<ol><li><a href=\"#one\">One</a><ol><li><a href=\"#one-a\">One a</a></li></ol></li><li><a href=\"#two\">Two &amp; more</a></li></ol>", html);
    }
}
