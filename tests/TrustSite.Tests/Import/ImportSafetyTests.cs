using TrustSite.Import;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Running the import again changes nothing, and no file someone else wrote or edited is replaced without --force.</summary>
public sealed class ImportSafetyTests : IDisposable
{
    private readonly TempSite _site = new("");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_second_run_changes_no_byte_and_touches_no_file()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");
        var before = _site.Snapshot(_site.Root);
        var times = Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (report, diagnostics) = ImportRun.Import(_site.Root, "gutenberg.xml");

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(0, report!.FilesWritten);
        Assert.Equal(before, _site.Snapshot(_site.Root));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        Assert.Equal(MenuOutcome.AlreadyPresent, report.Menus);
    }

    [Fact]
    public void Keeps_a_file_the_author_edited_and_replaces_it_only_with_force()
    {
        ImportRun.Import(_site.Root, "classic.xml");
        var path = Path.Combine(_site.Root, "content/about.md");
        File.AppendAllText(path, "\nA sentence the author added.\n");
        var edited = File.ReadAllText(path);

        var (report, _) = ImportRun.Import(_site.Root, "classic.xml");

        Assert.Equal(edited, File.ReadAllText(path));
        var note = Assert.Single(report!.NotesOf(ImportNoteKind.FileNotOverwritten));
        Assert.Equal("content/about.md", note.Subject);
        Assert.Contains("edited since the last import", note.Detail);

        var (forced, _) = ImportRun.Import(_site.Root, "classic.xml", force: true);

        Assert.DoesNotContain("A sentence the author added.", File.ReadAllText(path));
        Assert.Empty(forced!.NotesOf(ImportNoteKind.FileNotOverwritten));
    }

    [Fact]
    public void Never_overwrites_a_file_it_did_not_write_unless_forced()
    {
        _site.Write("content/about.md", "---\ntitle: Our own about page\n---\nWritten by hand.\n");

        var (report, _) = ImportRun.Import(_site.Root, "classic.xml");

        Assert.Equal("---\ntitle: Our own about page\n---\nWritten by hand.\n", File.ReadAllText(Path.Combine(_site.Root, "content/about.md")));
        Assert.Contains(report!.NotesOf(ImportNoteKind.FileNotOverwritten),
            n => n.Subject == "content/about.md" && n.Detail.Contains("not written by the importer", StringComparison.Ordinal));

        ImportRun.Import(_site.Root, "classic.xml", force: true);

        Assert.StartsWith("---\ntitle: \"About\"\n", File.ReadAllText(Path.Combine(_site.Root, "content/about.md")));
    }

    [Fact]
    public void Appends_menus_only_to_a_site_yml_without_menus_and_keeps_every_existing_byte()
    {
        var original = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));

        var (first, _) = ImportRun.Import(_site.Root, "gutenberg.xml");

        var siteYml = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));
        Assert.Equal(MenuOutcome.Appended, first!.Menus);
        Assert.StartsWith(original, siteYml);
        Assert.Contains("menus:\n  main:\n    - name: \"Home\"\n      url: \"/\"\n", siteYml);
        var diagnostics = new TrustSite.Diagnostics.DiagnosticBag();
        var config = new TrustSite.Configuration.SiteConfigLoader().Load(_site.Root, diagnostics);
        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(["Home", "About", "Start here"], config!.Menus["main"].Select(m => m.Name));
    }

    [Fact]
    public void Suggests_menus_in_the_report_when_site_yml_has_its_own()
    {
        _site.Write("site.yml", TempSite.MinimalConfig + "\ntheme: plain\nmenus:\n  main:\n    - { name: Articles, url: /articles/ }\n");
        var before = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));

        var (report, _) = ImportRun.Import(_site.Root, "gutenberg.xml");

        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Root, "site.yml")));
        Assert.Equal(MenuOutcome.Suggested, report!.Menus);
        Assert.Contains("- name: \"Start here\"\n      url: \"/articles/did-you-fail-your-partner/\"", report.MenuYaml);
    }

    [Theory]
    [InlineData("deep", 100_000)]
    [InlineData("laughs", 0)]
    public void Leaves_a_hostile_site_yml_alone_and_suggests_the_menus_instead_of_crashing(string shape, int depth)
    {
        // 100,000 nested lists would overflow YamlDotNet's recursive loader, which no catch survives; aliases of
        // aliases would multiply without end. Both are refused by the same bounded reader the build uses.
        var hostile = shape == "deep"
            ? "params: " + new string('[', depth) + "\n"
            : "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n"));
        _site.Write("site.yml", TempSite.MinimalConfig + "\n" + hostile);
        var before = File.ReadAllText(Path.Combine(_site.Root, "site.yml"));

        var (report, _) = ImportRun.Import(_site.Root, "gutenberg.xml");

        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Root, "site.yml")));
        Assert.Equal(MenuOutcome.Suggested, report!.Menus);
        Assert.Contains("- name: \"Start here\"", report.MenuYaml);
    }

    [Fact]
    public void Lists_an_earlier_file_that_moved_into_a_bundle_and_deletes_nothing()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml", uploads: false);

        var (report, _) = ImportRun.Import(_site.Root, "gutenberg.xml", uploads: true);

        Assert.True(File.Exists(Path.Combine(_site.Root, "content/articles/did-you-fail-your-partner.md")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "content/articles/did-you-fail-your-partner/index.md")));
        Assert.Contains(report!.NotesOf(ImportNoteKind.Stale), n => n.Subject == "content/articles/did-you-fail-your-partner.md");
    }
}
