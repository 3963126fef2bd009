using TrustSite.Markdown.Shortcodes;

namespace TrustSite.Tests.Markdown.Shortcodes;

public class ShortcodeTagTests
{
    [Fact]
    public void Reads_the_name_and_named_and_positional_arguments()
    {
        var tag = ShortcodeTag.Parse("x {{< figure src=\"a b.jpg\" alt='Hills' wide >}} y", 2, out var end, out _)!;

        Assert.Equal("figure", tag.Name);
        Assert.Equal([new("src", "a b.jpg"), new("alt", "Hills"), new KeyValuePair<string, string>("0", "wide")], tag.Params.ToArray());
        Assert.False(tag.IsClosing);
        Assert.Equal(" y", "x {{< figure src=\"a b.jpg\" alt='Hills' wide >}} y"[end..]);
    }

    [Fact]
    public void Reads_closing_and_self_closing_tags()
    {
        Assert.True(ShortcodeTag.Parse("{{< /note >}}", 0, out _, out _)!.IsClosing);
        Assert.True(ShortcodeTag.Parse("{{< note />}}", 0, out _, out _)!.IsSelfClosing);
    }

    [Theory]
    [InlineData("{{< figure src=\"a.jpg\" ", "never closed")]
    [InlineData("{{< >}}", "no name")]
    [InlineData("{{< figure src=\"a.jpg >}}", "not closed")]
    public void Explains_a_malformed_tag(string text, string problem)
    {
        Assert.Null(ShortcodeTag.Parse(text, 0, out _, out var explanation));
        Assert.Contains(problem, explanation);
    }
}
