using System.Text;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Import.Writing;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import.Writing;

public class YamlScalarTests
{
    private static readonly string[] Tricky =
    [
        "", " ", "true", "No", "null", "~", "123", "1.5", "1e3", "0x1F", "2024-05-01", "a: b", "#hash", "- item", "[list]", "{map}", "'single'",
        "\"double\"", "back\\slash", "tab\there", "line\nbreak", "crlf\r\n", "\u2028", "\u0085", "\uFEFFbom", "@at", "`tick", "%percent",
        "Qué es el perdón", "✝️ Fe", "🙏", "a, b", "ends with colon:", "!tag", "&anchor", "*alias", "|", ">", "?", "  lead", "trail  ", "\u0001",
    ];

    [Fact]
    public void Every_tricky_value_reads_back_unchanged_through_TrustSites_front_matter_parser()
    {
        var random = new Random(20261124);
        var values = Tricky.Concat(Enumerable.Range(0, 300).Select(_ => Mix(random))).ToList();

        foreach (var value in values)
        {
            // description, not summary: a blank summary deliberately reads back as none.
            Assert.Equal(value, RoundTrip(value, w => w.Text("description", value)).Description);
            Assert.Equal(value.Trim().Length == 0 ? [] : new[] { value.Trim() }, RoundTrip(value, w => w.List("tags", [value])).Tags);
        }
    }

    [Theory]
    [InlineData("did-you-fail-your-partner", "did-you-fail-your-partner")]
    [InlineData("que-es-el-perdon", "que-es-el-perdon")]
    [InlineData("✝️-fe", "\"✝️-fe\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("a b", "a b")]
    public void Writes_simple_words_plain_and_quotes_the_rest(string value, string yaml)
    {
        Assert.Equal(yaml, YamlScalar.Plain(value));
    }

    private static FrontMatter RoundTrip(string value, Action<FrontMatterWriter> write)
    {
        var writer = new FrontMatterWriter();
        write(writer);
        var text = writer.Close("");
        var diagnostics = new DiagnosticBag();
        var block = FrontMatterSplitter.Split(text, "a.md", diagnostics)!;
        var result = new FrontMatterParser(TimeZoneInfo.Utc).Parse(block.Yaml!, "a.md", block.YamlFirstLine, diagnostics);
        Assert.True(result is not null, $"{value} did not read back: {diagnostics.ToSortedArray().Describe()}\n{text}");
        return result;
    }

    private static string Mix(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            text.Append(Tricky[random.Next(Tricky.Length)]);
        }
        return text.ToString();
    }
}
