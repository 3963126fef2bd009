using TrustSite.Import.Writing;

namespace TrustSite.Tests.Import.Writing;

public sealed class SiteFileWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trustsite-writer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Writes_a_new_file_then_leaves_identical_bytes_alone()
    {
        var manifest = ImportManifest.Empty;
        var writer = new SiteFileWriter(_root, manifest, force: false);

        Assert.Equal(WriteOutcome.Written, writer.Write("content/a.md", "one"u8.ToArray()));
        Assert.Equal(WriteOutcome.Unchanged, writer.Write("content/a.md", "one"u8.ToArray()));
        Assert.Equal(ImportManifest.Hash("one"u8), manifest.HashOf("content/a.md"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "content"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Replaces_its_own_unedited_file_but_not_an_edited_or_foreign_one()
    {
        var manifest = ImportManifest.Empty;
        var writer = new SiteFileWriter(_root, manifest, force: false);
        writer.Write("content/own.md", "v1"u8.ToArray());
        writer.Write("content/edited.md", "v1"u8.ToArray());
        File.WriteAllText(Path.Combine(_root, "content/edited.md"), "edited by hand");
        File.WriteAllText(Path.Combine(_root, "content/foreign.md"), "someone else's");

        Assert.Equal(WriteOutcome.Written, writer.Write("content/own.md", "v2"u8.ToArray()));
        Assert.Equal(WriteOutcome.SkippedEdited, writer.Write("content/edited.md", "v2"u8.ToArray()));
        Assert.Equal(WriteOutcome.SkippedForeign, writer.Write("content/foreign.md", "v2"u8.ToArray()));
        Assert.Equal("edited by hand", File.ReadAllText(Path.Combine(_root, "content/edited.md")));
        Assert.Equal("someone else's", File.ReadAllText(Path.Combine(_root, "content/foreign.md")));
        Assert.Equal(ImportManifest.Hash("v1"u8), manifest.HashOf("content/edited.md"));
        Assert.Null(manifest.HashOf("content/foreign.md"));
    }

    [Fact]
    public void Force_replaces_edited_and_foreign_files()
    {
        File.WriteAllText(Path.Combine(_root, "site.md"), "mine");

        var outcome = new SiteFileWriter(_root, ImportManifest.Empty, force: true).Write("site.md", "imported"u8.ToArray());

        Assert.Equal(WriteOutcome.Forced, outcome);
        Assert.Equal("imported", File.ReadAllText(Path.Combine(_root, "site.md")));
    }

    [Fact]
    public void Appends_to_a_file_keeping_its_bytes_and_line_endings()
    {
        File.WriteAllText(Path.Combine(_root, "site.yml"), "title: A\r\nbaseUrl: https://example.org/");

        new SiteFileWriter(_root, ImportManifest.Empty, false).Append("site.yml", "menus:\n  main: []\n");

        Assert.Equal("title: A\r\nbaseUrl: https://example.org/\r\nmenus:\r\n  main: []\r\n", File.ReadAllText(Path.Combine(_root, "site.yml")));
    }

    [Fact]
    public void A_manifest_reads_back_what_it_wrote()
    {
        var manifest = ImportManifest.Empty;
        manifest.Record("content/b.md", "sha256:b");
        manifest.Record("content/a ✝️.md", "sha256:a");
        SiteFileWriter.WriteAtomically(Path.Combine(_root, ImportManifest.SitePath), manifest.ToJson());

        var loaded = ImportManifest.Load(_root)!;

        Assert.Equal(["content/a ✝️.md", "content/b.md"], loaded.Files.Keys);
        Assert.Equal(manifest.ToJson(), loaded.ToJson());
    }

    [Fact]
    public void A_broken_manifest_is_not_trusted()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content/_data"));
        File.WriteAllText(Path.Combine(_root, ImportManifest.SitePath), "{ not json");

        Assert.Null(ImportManifest.Load(_root));
    }
}
