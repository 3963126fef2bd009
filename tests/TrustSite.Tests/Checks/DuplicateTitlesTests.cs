using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class DuplicateTitlesTests
{
    [Fact]
    public void Warns_about_the_newer_document_and_points_at_the_older_in_the_hint()
    {
        using var site = new TempSite("""
            -- content/articles/a-newer.md --
            ---
            date: 2024-06-01
            title: "Hope after betrayal "
            ---
            -- content/articles/b-older.md --
            ---
            title: hope after Betrayal
            date: 2023-01-01
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.DuplicateTitle));
        Assert.Equal(new SourceLocation("content/articles/a-newer.md", 3, 8), warning.Location);
        Assert.Equal("another page already has the title \"Hope after betrayal\"", warning.Message);
        Assert.StartsWith("content/articles/b-older.md:2:8 has it too", warning.Hint);
    }

    [Fact]
    public void Compares_titles_within_one_language_only()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter:
              action: https://newsletter.example.org/subscribe
            languages:
              en: {name: English}
              es: {name: Español}
            -- content/articles/hope.md --
            ---
            title: Esperanza
            ---
            -- content/articles/hope.es.md --
            ---
            title: Esperanza
            ---
            """);

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.DuplicateTitle));
    }

    [Fact]
    public void Leaves_drafts_out_unless_they_are_built()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            ---
            -- content/articles/hope-again.md --
            ---
            title: Hope
            draft: true
            ---
            """);

        Assert.Empty(site.Check().WithCode(DiagnosticCodes.DuplicateTitle));
        Assert.Single(site.Check(drafts: true).WithCode(DiagnosticCodes.DuplicateTitle));
    }
}
