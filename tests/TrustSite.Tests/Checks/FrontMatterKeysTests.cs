using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Checks;

public class FrontMatterKeysTests
{
    [Fact]
    public void Warns_about_a_key_one_slip_from_a_known_one_at_the_key()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            date: 2024-05-01
            tag: [grief]
            ---
            Text.
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterUnknownKey));
        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation("content/articles/hope.md", 4, 1), warning.Location);
        Assert.Equal("unknown front matter key 'tag'", warning.Message);
        Assert.StartsWith("did you mean 'tags'?", warning.Hint);
    }

    [Theory]
    [InlineData("content_warnings: abuse", "content_warning")]
    [InlineData("crises: true", "crisis")]
    public void Knows_the_safety_keys_and_their_typos(string line, string suggestion)
    {
        using var site = new TempSite($"-- content/articles/hope.md --\n---\ntitle: Hope\ncrisis: true\ncontent_warning: grief\n{line}\n---\nText.\n");

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterUnknownKey));
        Assert.Equal(new SourceLocation("content/articles/hope.md", 5, 1), warning.Location);
        Assert.StartsWith($"did you mean '{suggestion}'?", warning.Hint);
    }

    [Fact]
    public void Counts_the_lines_of_a_long_front_matter_to_reach_a_misspelt_key()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            date: 2024-05-01
            tags: [grief]
            categories: [Healing]
            author: Ana
            weight: 2
            toc: true
            scripture: true
            draft: false
              # a comment line
            sumary: "A typo on line twelve."
            ---
            """);

        var result = site.Check();

        var warning = Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterUnknownKey));
        Assert.Equal(new SourceLocation("content/articles/hope.md", 12, 1), warning.Location);
        Assert.StartsWith("did you mean 'summary'?", warning.Hint);
    }

    [Fact]
    public void Accepts_a_far_off_key_as_the_authors_own_value_for_the_theme()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            mood: calm
            language: es
            ---
            """);

        var result = site.Check();

        Assert.Empty(result.WithCode(DiagnosticCodes.FrontMatterUnknownKey));
    }

    [Fact]
    public void Never_checks_keys_under_params()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            params:
              height: 3
              tag: featured
            ---
            """);

        var result = site.Check();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Knows_the_taxonomies_site_yml_adds()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: Test site
            baseUrl: https://example.org/
            theme: plain
            newsletter:
              action: https://newsletter.example.org/subscribe
            taxonomies: [tags, topics]
            -- content/articles/hope.md --
            ---
            title: Hope
            topic: grief
            ---
            """);

        var result = site.Check();

        Assert.StartsWith("did you mean 'topics'?", Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterUnknownKey)).Hint);
    }

    [Fact]
    public void Leaves_wrong_types_to_the_front_matter_errors_which_stop_the_check()
    {
        using var site = new TempSite("""
            -- content/articles/hope.md --
            ---
            title: Hope
            draft: maybe
            weight: heavy
            ---
            """);

        var result = site.Check();

        Assert.False(result.Succeeded);
        Assert.Equal([(DiagnosticCodes.FrontMatterType, 3, 8), (DiagnosticCodes.FrontMatterType, 4, 9)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
    }
}
