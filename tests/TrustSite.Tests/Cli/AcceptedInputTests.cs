using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Cli;

/// <summary>Input that looks wrong but is what editors and authors really produce: it must build, and the page must be right.</summary>
public class AcceptedInputTests
{
    [Theory]
    [InlineData("bom")]
    [InlineData("crlf")]
    [InlineData("cr")]
    [InlineData("bom, crlf")]
    public void Builds_a_file_saved_with_a_byte_order_mark_or_windows_or_old_mac_line_endings(string saved)
    {
        using var site = new TempSite($"""
            -- content/articles/hope.md [{saved}] --
            ---
            title: Hope after betrayal
            tags: [hope, healing]
            ---
            First paragraph.

            Second paragraph.
            """);

        var stderr = Build(site);

        Assert.Equal("", stderr);
        var page = site.ReadOutput("articles/hope/index.html");
        Assert.Contains("<h1>Hope after betrayal</h1>", page);
        Assert.Contains("<p>First paragraph.</p>\n<p>Second paragraph.</p>", page);
        Assert.False(page.Contains('\r'), "a carriage return reached the page");
        Assert.False(page.Contains('\uFEFF'), "the byte order mark reached the page");
        Assert.True(site.OutputExists("tags/healing/index.html"));
    }

    [Fact]
    public void Builds_an_empty_file_with_a_warning_and_the_title_from_its_name()
    {
        using var site = new TempSite("");
        site.Write("content/articles/empty-article.md", "");

        var stderr = Build(site);

        Assert.StartsWith("content/articles/empty-article.md:1:1: warning TS2007: no 'title' in the front matter; using \"Empty article\" from the file name\n", stderr);
        Assert.Contains("<h1>Empty article</h1>", site.ReadOutput("articles/empty-article/index.html"));
    }

    [Fact]
    public void Builds_empty_front_matter_with_a_warning_and_the_body()
    {
        using var site = new TempSite("-- content/articles/no-keys.md --\n---\n---\nJust text.\n");

        var stderr = Build(site);

        Assert.StartsWith("content/articles/no-keys.md:1:1: warning TS2007: no 'title' in the front matter", stderr);
        Assert.Contains("<p>Just text.</p>", site.ReadOutput("articles/no-keys/index.html"));
    }

    [Fact]
    public void Reads_a_single_word_or_number_where_a_list_belongs_as_a_list_of_one()
    {
        using var site = new TempSite("""
            -- content/articles/grief.md --
            ---
            title: Grief
            tags: grief
            categories: 5
            ---
            """);

        var stderr = Build(site);

        Assert.Equal("", stderr);
        Assert.Contains("<a class=\"item\" href=\"/articles/grief/\">Grief</a>", site.ReadOutput("tags/grief/index.html"));
        Assert.Contains("<a class=\"item\" href=\"/articles/grief/\">Grief</a>", site.ReadOutput("categories/5/index.html"));
    }

    [Fact]
    public void Builds_files_named_with_spaces_accents_and_characters_windows_forbids()
    {
        using var site = new TempSite("""
            -- content/articles/my first article.md --
            ---
            title: Spaces
            ---
            -- content/articles/café con leche.md --
            ---
            title: Accents
            ---
            -- content/articles/is it "hope"? a <question>: yes|no*.md --
            ---
            title: Forbidden on Windows
            ---
            """);

        var stderr = Build(site);

        Assert.Equal("", stderr);
        Assert.Contains("<h1>Spaces</h1>", site.ReadOutput("articles/my-first-article/index.html"));
        Assert.Contains("<h1>Accents</h1>", site.ReadOutput("articles/cafe-con-leche/index.html"));
        Assert.Contains("<h1>Forbidden on Windows</h1>", site.ReadOutput("articles/is-it-hope-a-question-yes-no/index.html"));
    }

    /// <summary>Runs `trustsite build`, asserts it succeeded without a stack trace, and returns what it printed to stderr.</summary>
    internal static string Build(TempSite site)
    {
        var (code, stdout, stderr) = CliRunner.Run(site.Root, "build");

        Assert.True(code == 0, $"expected exit 0, got {code}:\n{stderr}");
        Assert.StartsWith("Built ", stdout);
        FailingBuild.AssertNoStackTrace(stderr);
        return stderr;
    }
}
