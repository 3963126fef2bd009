using System.Text.Json.Nodes;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Scaffolding;
using TrustSite.Tests.TestSupport;
using TrustSite.Urls;

namespace TrustSite.Tests.Schemas;

/// <summary>themes/trust/schemas/front-matter.schema.json says what FrontMatterParser accepts: the same keys and types, other keys kept.</summary>
public class FrontMatterSchemaTests
{
    public static TheoryData<string> RepositoryContent()
    {
        var content = Path.Combine(RepoPaths.Root, "content");
        return [.. Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(RepositoryContent))]
    public void Every_article_and_page_of_the_sample_site_is_valid(string path)
    {
        var yaml = FrontMatterOf(File.ReadAllText(Path.Combine(RepoPaths.Root, path)), path);

        Assert.Empty(SchemaFile.FrontMatter.Problems(yaml));
    }

    [Fact]
    public void The_starter_site_and_the_trust_themes_archetypes_are_valid()
    {
        var root = Path.Combine(Directory.CreateTempSubdirectory("trustsite-schema-").FullName, "site");
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));
        var bag = new DiagnosticBag();
        new SiteScaffolder(clock).Create(root, bag);
        var article = new DocumentScaffolder(clock).Create(root, new NewDocumentRequest(ArchetypeKind.Article, "Hope: \"again\""), bag);
        var page = new DocumentScaffolder(clock).Create(root, new NewDocumentRequest(ArchetypeKind.Page, "Our approach"), bag);

        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        Assert.Empty(SchemaFile.Site.Problems(File.ReadAllText(Path.Combine(root, "site.yml"))));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
        {
            Assert.Empty(SchemaFile.FrontMatter.Problems(FrontMatterOf(File.ReadAllText(file), file)));
        }
        Assert.NotNull(article);
        Assert.NotNull(page);
        Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
    }

    [Fact]
    public void Knows_exactly_the_keys_the_parser_knows_and_keeps_any_other()
    {
        var schemaKeys = SchemaFile.FrontMatter.Json["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(FrontMatterParser.KnownKeys.Concat(FrontMatterParser.JekyllKeys).Order(StringComparer.Ordinal), schemaKeys);
        Assert.True(SchemaFile.FrontMatter.Json["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Describes_every_key_in_one_sentence()
    {
        var missing = SiteSchemaTests.Properties(SchemaFile.FrontMatter.Json)
            .Where(p => p.Schema["description"]?.GetValue<string>() is not { } d || !d.EndsWith('.') || d.Length > 200).Select(p => p.Path);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("title: Hope")]
    [InlineData("title: 1984\nauthor: 7\nsummary: \"\"\ndescription:")]
    [InlineData("date: 2024-05-01")]
    [InlineData("date: 2024-05-01T09:30")]
    [InlineData("date: 2024-05-01T09:30:15")]
    [InlineData("date: 2024-05-01T09:30:15.250")]
    [InlineData("date: 2024-05-01T09:30:00-05:00")]
    [InlineData("date: 2024-05-01T09:30Z")]
    [InlineData("date: 2024-05-01 09:30")]
    [InlineData("date: 2024-05-01 09:30:00 -0500")]
    [InlineData("date: 2024-05-01 09:30:00 -05:00")]
    [InlineData("date: 2024-05-01 09:30:00 -05")]
    [InlineData("lastmod: 2024-06-01\npublishDate: 2024-05-02\nexpiryDate: 2030-01-01")]
    [InlineData("draft: true\ntoc: false\nscripture: false\nnoindex: true\npublished: false")]
    [InlineData("tags: grief\ncategories: [Healing, 2024]\nseries: \"After the affair\"")]
    [InlineData("tags: []")]
    [InlineData("weight: -3")]
    [InlineData("slug: hope-again")]
    [InlineData("url: /contact/thanks/\naliases: [/2021/03/hope/, /old.html]")]
    [InlineData("permalink: /hope/\nexcerpt: Short")]
    [InlineData("layout: contact")]
    [InlineData("image: sunrise.svg")]
    [InlineData("image: https://example.org/a.png")]
    [InlineData("translationKey: articles/hope")]
    [InlineData("anything: {nested: [1, 2]}\ntopics: [a, b]")]
    public void Accepts_what_the_parser_accepts(string yaml)
    {
        Assert.True(ParserAccepts(yaml, out var errors), errors);
        Assert.Empty(SchemaFile.FrontMatter.Problems(yaml));
    }

    [Theory]
    [InlineData("lastmod: yesterday")]
    [InlineData("draft: yes")]
    [InlineData("draft: [true]")]
    [InlineData("toc: 1")]
    [InlineData("weight: heavy")]
    [InlineData("weight: 1.5")]
    [InlineData("slug: a/b")]
    [InlineData("slug: \"..\"")]
    [InlineData("url: https://example.org/")]
    [InlineData("url: /a?b=1")]
    [InlineData("url: //evil.example.org/")]
    [InlineData("url: /a/../../b/")]
    [InlineData("aliases: [/ok/, \"a\\\\b\"]")]
    [InlineData("layout: two words")]
    [InlineData("image: \"javascript:alert(1)\"")]
    [InlineData("tags: {a: b}")]
    [InlineData("tags: [[a]]")]
    [InlineData("title: [a, b]")]
    [InlineData("summary: {a: b}")]
    public void Rejects_what_the_parser_rejects(string yaml)
    {
        Assert.False(ParserAccepts(yaml, out _), "the parser accepted it");
        Assert.NotEmpty(SchemaFile.FrontMatter.Problems(yaml));
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData(" 2024-05-01 ")]
    [InlineData("2024-05-01T09:30")]
    [InlineData("2024-05-01T09:30:00")]
    [InlineData("2024-05-01T09:30:00.")]
    [InlineData("2024-05-01T09:30:00.5")]
    [InlineData("2024-05-01T09:30:00.1234567Z")]
    [InlineData("2024-05-01T09:30:00.12345678Z")]
    [InlineData("2024-05-01T09:30:00Z")]
    [InlineData("2024-05-01T09:30:00z")]
    [InlineData("2024-05-01T09:30:00 Z")]
    [InlineData("2024-05-01T09:30:00-05:00")]
    [InlineData("2024-05-01T09:30:00+0500")]
    [InlineData("2024-05-01T09:30:00+5:00")]
    [InlineData("2024-05-01T09:30:00+05")]
    [InlineData("2024-05-01T09:30:00+500")]
    [InlineData("2024-05-01T09:30:00 -05:00")]
    [InlineData("2024-05-01T09:30+0500")]
    [InlineData("2024-05-01T9:30")]
    [InlineData("2024-05-01 09:30")]
    [InlineData("2024-05-01 09:30Z")]
    [InlineData("2024-05-01 09:30:00+05:00")]
    [InlineData("2024-05-01 09:30:00.5+05:00")]
    [InlineData("2024-05-01 09:30:00 -05")]
    [InlineData("2024-05-01 09:30:00 -5")]
    [InlineData("2024-05-01 09:30:00 -5:00")]
    [InlineData("2024-05-01 09:30:00 -0500")]
    [InlineData("2024-05-01 09:30:00 -500")]
    [InlineData("2024-05-01 09:30:15.5 -05:00")]
    [InlineData("2024-05-01 09:30 -05")]
    [InlineData("2024-05-01 09:30 -0500")]
    [InlineData("2024-05-01 09:30 -5:00")]
    [InlineData("May 1, 2024")]
    [InlineData("01/05/2024")]
    public void Takes_a_date_written_in_exactly_the_formats_the_parser_reads(string date)
    {
        var parsed = DateParser.TryParse(date, TimeZoneInfo.Utc, out _);

        var valid = SchemaFile.FrontMatter.Problems($"date: \"{date}\"").Count == 0;

        Assert.Equal(parsed, valid);
    }

    [Theory]
    [InlineData("/contact/thanks/")]
    [InlineData("about")]
    [InlineData("/2021/03/old.html")]
    [InlineData("/.well-known/x/")]
    [InlineData("/a..b/")]
    [InlineData("/a\\b/")]
    [InlineData("/a?b=1")]
    [InlineData("/a#b")]
    [InlineData("c:/x")]
    [InlineData("//evil.example.org/")]
    [InlineData("/a<b/")]
    [InlineData("/a|b/")]
    [InlineData("/./")]
    [InlineData("/a/../b/")]
    [InlineData("..")]
    [InlineData("/a./")]
    [InlineData("/a /b/")]
    [InlineData("/con/")]
    [InlineData("/Nul.txt")]
    [InlineData("/com1x/")]
    [InlineData("/a\u0001b/")]
    public void Takes_an_address_exactly_when_the_build_can_publish_it(string path)
    {
        var safe = SitePath.Problem(path) is null;

        Assert.Equal(safe, SchemaFile.FrontMatter.Problems($"url: {Quoted(path)}").Count == 0);
        Assert.Equal(safe && !path.Contains('/'), SchemaFile.FrontMatter.Problems($"slug: {Quoted(path)}").Count == 0);
    }

    [Theory]
    [InlineData("https://example.org/a.png")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:a@example.org")]
    [InlineData("tel:+14076180212")]
    [InlineData("sunrise.svg")]
    [InlineData("/images/a.png")]
    [InlineData("../a.png")]
    [InlineData("?q=1")]
    [InlineData("/a:b")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("a b:c")]
    [InlineData("a\u0007b")]
    public void Takes_a_link_exactly_when_it_cannot_run_script(string url)
    {
        Assert.Equal(SafeUrl.IsAllowed(url), SchemaFile.FrontMatter.Problems($"image: {Quoted(url)}").Count == 0);
    }

    [Fact]
    public void Names_the_key_with_the_wrong_type()
    {
        var problems = SchemaFile.FrontMatter.Problems("title: Hope\ndraft: yes\n");

        Assert.Contains(problems, p => p.StartsWith("/draft: type ", StringComparison.Ordinal));
    }

    // Quoted for YAML: JSON's escapes are YAML's double-quoted escapes.
    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static bool ParserAccepts(string yaml, out string errors)
    {
        var bag = new DiagnosticBag();
        var frontMatter = new FrontMatterParser(TimeZoneInfo.Utc).Parse(yaml, "content/a.md", 2, bag);
        errors = bag.ToSortedArray().Describe();
        return frontMatter is not null && !bag.HasErrors;
    }

    private static string FrontMatterOf(string text, string path)
    {
        var block = FrontMatterSplitter.Split(text.ReplaceLineEndings("\n"), path, new DiagnosticBag());
        Assert.NotNull(block?.Yaml);
        return block.Yaml;
    }
}
