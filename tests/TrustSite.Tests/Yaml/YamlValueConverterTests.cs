using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Tests.Yaml;

public class YamlValueConverterTests
{
    [Fact]
    public void Types_plain_scalars_by_the_core_schema_and_keeps_quoted_ones_as_text()
    {
        var node = YamlDocumentParser.Parse("n: 5\nq: \"5\"\nb: true\nf: 1.5\ns: hello\nz: ~\nl: [1, two]\nm: {k: v}\n",
            new YamlSource("x.yml", 1), DiagnosticCodes.ConfigSyntax, new DiagnosticBag(), out _);

        var values = YamlValueConverter.ToDictionary((YamlMappingNode)node!);

        Assert.Equal(5L, values["n"]);
        Assert.Equal("5", values["q"]);
        Assert.Equal(true, values["b"]);
        Assert.Equal(1.5, values["f"]);
        Assert.Equal("hello", values["s"]);
        Assert.Null(values["z"]);
        Assert.Equal(new object?[] { 1L, "two" }, ((ImmutableArray<object?>)values["l"]!).ToArray());
        Assert.Equal("v", ((ImmutableDictionary<string, object?>)values["m"]!)["k"]);
    }
}
