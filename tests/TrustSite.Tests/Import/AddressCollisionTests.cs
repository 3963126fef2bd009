using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Import;
using TrustSite.Scaffolding;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>An imported post never takes an address the site's own content already publishes, even as a bundle or with --force.</summary>
public sealed class AddressCollisionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private readonly string _parent = Directory.CreateTempSubdirectory("trustsite-collision-").FullName;

    public AddressCollisionTests() =>
        new SiteScaffolder(new FixedClock(Now, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"))).Create(Root, new DiagnosticBag());

    private string Root => Path.Combine(_parent, "site");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Skips_a_page_whose_address_a_starter_page_already_has_and_the_site_still_builds(bool force)
    {
        var starterAbout = File.ReadAllBytes(Path.Combine(Root, "content/about.md"));

        var (report, diagnostics) = ImportRun.Import(Root, "gutenberg.xml", uploads: true, force: force);

        Assert.Empty(diagnostics.ToSortedArray());
        var note = Assert.Single(report!.NotesOf(ImportNoteKind.Skipped), n => n.Subject.StartsWith("page 103 ", StringComparison.Ordinal));
        Assert.Contains("published at /about/, the address content/about.md already has", note.Detail);
        Assert.Equal(force, note.Detail.Contains("--force does not change this", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Root, "content/about")));
        Assert.Equal(starterAbout, File.ReadAllBytes(Path.Combine(Root, "content/about.md")));
        Assert.True(File.Exists(Path.Combine(Root, "content/articles/did-you-fail-your-partner/index.md")));
        var result = new SiteBuilder(new FixedClock(Now.AddDays(1)), _ => null).Build(new BuildOptions(Root, Path.Combine(Root, "public"), null, false, false));
        Assert.True(result.Succeeded, result.Diagnostics.Describe());
    }

    [Fact]
    public void An_old_address_that_an_existing_page_now_has_is_not_kept_as_an_alias()
    {
        File.WriteAllText(Path.Combine(Root, "content/forgiveness.md"), "---\ntitle: Forgiveness, the page\nurl: /2023/06/what-forgiveness-is/\n---\n\nOur page.\n");

        var (report, _) = ImportRun.Import(Root, "gutenberg.xml", uploads: false);

        Assert.Contains(report!.NotesOf(ImportNoteKind.Renamed), n => n.Detail.Contains("/2023/06/what-forgiveness-is/ is now content/forgiveness.md's address", StringComparison.Ordinal));
        Assert.DoesNotContain("aliases:", File.ReadAllText(Path.Combine(Root, "content/articles/what-forgiveness-is.md")));
        var result = new SiteBuilder(new FixedClock(Now.AddDays(1)), _ => null).Build(new BuildOptions(Root, Path.Combine(Root, "public"), null, false, false));
        Assert.True(result.Succeeded, result.Diagnostics.Describe());
    }

    [Fact]
    public void A_second_import_rewrites_its_own_files_without_calling_them_collisions()
    {
        ImportRun.Import(Root, "gutenberg.xml", uploads: true);

        var (report, _) = ImportRun.Import(Root, "gutenberg.xml", uploads: true);

        Assert.Single(report!.NotesOf(ImportNoteKind.Skipped), n => n.Subject.StartsWith("page 103 ", StringComparison.Ordinal));
        Assert.Equal(0, report.FilesWritten);
        Assert.True(report.FilesUnchanged > 5);
    }
}
