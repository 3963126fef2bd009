using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Imports each fixture export and compares everything written, and the report, with a golden file.</summary>
public sealed class WordPressImporterTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("trustsite-import-").FullName;

    public WordPressImporterTests() => File.WriteAllText(Path.Combine(_site, "site.yml"), "title: Imported\nbaseUrl: https://example.org/\ntimezone: America/New_York\n");

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Theory]
    [InlineData("gutenberg.xml", true, "gutenberg.expected")]
    [InlineData("gutenberg.xml", false, "gutenberg-without-uploads.expected")]
    [InlineData("classic.xml", true, "classic.expected")]
    [InlineData("bilingual.xml", false, "bilingual.expected")]
    public void Imports_the_fixture_as_in_its_golden_file(string export, bool uploads, string expected)
    {
        var (report, diagnostics) = ImportRun.Import(_site, export, uploads);

        Assert.Empty(diagnostics.ToSortedArray());
        GoldenFile.Verify(ImportRun.Fixture(expected), ImportRun.Describe(_site, report!, export));
    }

    [Theory]
    [InlineData("gutenberg.xml")]
    [InlineData("classic.xml")]
    [InlineData("bilingual.xml")]
    public void Writes_front_matter_that_TrustSite_reads_back_without_a_diagnostic(string export)
    {
        ImportRun.Import(_site, export);
        var parser = new FrontMatterParser(TimeZoneInfo.Utc);
        var diagnostics = new DiagnosticBag();

        var files = Directory.GetFiles(Path.Combine(_site, "content"), "*.md", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var block = FrontMatterSplitter.Split(File.ReadAllText(file), file, diagnostics)!;
            var frontMatter = parser.Parse(block.Yaml!, file, block.YamlFirstLine, diagnostics);
            Assert.NotNull(frontMatter?.Title);
            Assert.NotNull(frontMatter.Date);
            Assert.NotNull(frontMatter.Slug);
            Assert.Empty(frontMatter.Params.Keys.Except(["language"]));
        }

        Assert.NotEmpty(files);
        Assert.Empty(diagnostics.ToSortedArray());
    }

    [Fact]
    public void Reads_dates_with_the_offset_of_the_old_site_and_drafts_without_one()
    {
        ImportRun.Import(_site, "gutenberg.xml");

        var seed = File.ReadAllText(Path.Combine(_site, "content/articles/did-you-fail-your-partner/index.md"));
        var draft = File.ReadAllText(Path.Combine(_site, "content/articles/holidays-after-an-affair.md"));
        Assert.Contains("\ndate: 2023-05-08T09:00:00-04:00\n", seed);
        Assert.Contains("\nlastmod: 2023-06-02T17:30:00-04:00\n", seed);
        Assert.Contains("\ndate: 2023-11-20T18:45:00\ndraft: true\n", draft);
    }

    [Fact]
    public void Keeps_commenters_names_but_never_their_emails_or_addresses()
    {
        ImportRun.Import(_site, "gutenberg.xml");

        var comments = File.ReadAllText(Path.Combine(_site, "content/_wordpress/comments.yml"));
        Assert.Contains("author: \"María\"", comments);
        Assert.DoesNotContain("@example.com", comments);
        Assert.DoesNotContain("203.0.113.7", comments);
        Assert.DoesNotContain("Buy now", comments);
        Assert.DoesNotContain("Waiting for moderation", comments);
    }

    [Fact]
    public void Leaves_no_data_file_for_the_build_to_parse_and_publishes_none_of_its_records()
    {
        ImportRun.Import(_site, "gutenberg.xml");

        var inventory = new ContentDiscoverer().Discover(_site, new DiagnosticBag());
        Assert.True(File.Exists(Path.Combine(_site, "content/_wordpress/comments.yml")));
        Assert.Empty(inventory.DataFiles);
        Assert.DoesNotContain(inventory.Assets, a => a.SitePath.Contains("wordpress", StringComparison.Ordinal) || a.SitePath.EndsWith(".yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_the_comments_file_an_earlier_version_wrote_into_the_data_folder_and_deletes_nothing()
    {
        var old = Path.Combine(_site, "content/_data/wordpress-comments.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        File.WriteAllText(old, "- post: x\n");
        File.WriteAllText(Path.Combine(_site, "content/_data/wordpress-import.json"),
            "{\"files\": {\"content/_data/wordpress-comments.yml\": \"" + TrustSite.Import.Writing.ImportManifest.Hash("- post: x\n"u8) + "\"}}\n");

        var (report, _) = ImportRun.Import(_site, "gutenberg.xml");

        Assert.Contains(report!.NotesOf(TrustSite.Import.ImportNoteKind.Stale), n => n.Subject == "content/_data/wordpress-comments.yml");
        Assert.True(File.Exists(old));
    }

    [Fact]
    public void Warns_at_the_items_line_when_a_post_has_no_date()
    {
        var export = Path.Combine(_site, "undated.xml");
        File.WriteAllText(export, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Old</title><link>https://old.example</link>
            <item><title>No date</title><content:encoded><![CDATA[<p>Text</p>]]></content:encoded>
            <wp:post_id>7</wp:post_id><wp:post_date>soon</wp:post_date><wp:post_name>no-date</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
            </channel></rss>
            """);
        var diagnostics = new DiagnosticBag();

        var report = new TrustSite.Import.WordPressImporter().Import(new TrustSite.Import.ImportOptions(_site, export, "undated.xml"), diagnostics);

        var warning = diagnostics.Single();
        Assert.Equal("undated.xml:4:1: warning TS6005: post 7 \"No date\" has no valid date (\"soon\"); it is imported without one",
            new[] { warning }.Describe());
        Assert.Equal(1, report!.Posts);
        Assert.Equal("---\ntitle: \"No date\"\nslug: no-date\n---\n\nText\n", File.ReadAllText(Path.Combine(_site, "content/articles/no-date.md")));
    }
}
