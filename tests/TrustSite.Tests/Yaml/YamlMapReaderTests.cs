using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Tests.Yaml;

public class YamlMapReaderTests
{
    private static (YamlMapReader Reader, DiagnosticBag Bag) Read(string text)
    {
        var bag = new DiagnosticBag();
        var source = new YamlSource("site.yml", 1);
        var node = (YamlMappingNode)YamlDocumentParser.Parse(text, source, DiagnosticCodes.ConfigSyntax, bag, out _)!;
        return (new YamlMapReader(node, source, bag, DiagnosticCodes.ConfigType), bag);
    }

    [Fact]
    public void Accepts_a_single_value_where_a_list_belongs()
    {
        var (reader, bag) = Read("tags: grief\n");

        Assert.Equal(["grief"], reader.StringList("tags").ToArray());
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Accepts_a_number_as_a_one_item_list()
    {
        var (reader, _) = Read("tags: 5\n");

        Assert.Equal(["5"], reader.StringList("tags").ToArray());
    }

    [Fact]
    public void Errors_on_a_mapping_where_a_list_belongs()
    {
        var (reader, bag) = Read("tags:\n  a: 1\n");

        var list = reader.StringList("tags");

        Assert.Empty(list);
        var diagnostic = bag.Single();
        Assert.Equal("'tags' must be a list, like [one, two], but it is a mapping", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Errors_on_a_list_where_a_single_value_belongs()
    {
        var (reader, bag) = Read("title: [a, b]\n");

        Assert.Null(reader.String("title"));
        Assert.Contains("must be a single value, but it is a list", bag.Single().Message);
    }

    [Fact]
    public void Errors_on_a_word_where_true_or_false_belongs()
    {
        var (reader, bag) = Read("draft: maybe\n");

        Assert.Null(reader.Bool("draft"));
        Assert.Equal("'draft' must be true or false, but it is \"maybe\"", bag.Single().Message);
    }

    [Fact]
    public void Reports_unknown_keys_with_the_closest_known_one()
    {
        var (reader, bag) = Read("title: a\nnewsleter: {}\n");

        reader.RejectUnknownKeys(["title", "newsletter"], DiagnosticCodes.ConfigUnknownKey, "site.yml");

        var diagnostic = bag.Single();
        Assert.Equal("unknown key 'newsleter' in site.yml", diagnostic.Message);
        Assert.Equal("did you mean 'newsletter'?", diagnostic.Hint);
        Assert.Equal(new SourceLocation("site.yml", 2, 1), diagnostic.Location);
    }

    [Fact]
    public void Treats_null_and_tilde_as_absent()
    {
        var (reader, _) = Read("a: ~\nb: null\nc:\n");

        Assert.False(reader.Has("a"));
        Assert.False(reader.Has("b"));
        Assert.False(reader.Has("c"));
    }
}
