using AngleSharp.Html.Parser;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Builds a site made by the importer, and reads the imported seed article as a reader's browser would.</summary>
public sealed class ImportedSiteBuildTests : IDisposable
{
    private readonly TempSite _site = new TempSite("").WithTrustTheme();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_imported_seed_article_renders_with_its_headings_lists_and_quote()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var page = new HtmlParser().ParseDocument(_site.ReadOutput("articles/did-you-fail-your-partner/index.html"));
        Assert.Equal("Did you fail your partner? 5 tips to rebuild their trust", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Some considerations to rebuild their trust", "1. Show your sincere regret", "2. Make the relationship your priority",
             "3. Show your main interest: him or her", "4. Focus on reconnecting", "5. Don’t rush physical sexual contact", "God and intimacy in marriage"],
            page.QuerySelectorAll("main .prose h2").Select(h => h.TextContent));
        Assert.Equal([3, 5, 3], page.QuerySelectorAll("main .prose > ul").Select(u => u.Children.Length));
        var quote = Assert.Single(page.QuerySelectorAll("main .prose blockquote"));
        Assert.Contains("they shall become one flesh", quote.TextContent);
        Assert.Contains("(Genesis 2.24)", quote.TextContent);
        Assert.NotNull(page.QuerySelector("main .prose em"));
        Assert.Equal("tel:+14076180212", page.QuerySelector("main .prose a[href^='tel:']")!.GetAttribute("href"));
        Assert.True(_site.OutputExists("articles/did-you-fail-your-partner/hands-1024x683.png"));
    }

    [Fact]
    public void Links_between_imported_articles_point_at_their_new_addresses()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var page = new HtmlParser().ParseDocument(_site.ReadOutput("articles/what-forgiveness-is/index.html"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/did-you-fail-your-partner/");
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/articles/what-forgiveness-is/healing-guide.pdf");
    }

    [Fact]
    public void Every_old_permalink_answers_with_a_redirect_to_the_new_page()
    {
        var (report, _) = ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var documents = new TrustSite.Content.ContentDiscoverer().Discover(_site.Root, new TrustSite.Diagnostics.DiagnosticBag()).Markdown;
        var checkedAliases = 0;
        foreach (var file in documents)
        {
            var bag = new TrustSite.Diagnostics.DiagnosticBag();
            var block = TrustSite.Content.FrontMatterSplitter.Split(File.ReadAllText(file.FullPath), file.SitePath, bag)!;
            var frontMatter = new TrustSite.Content.FrontMatterParser(TimeZoneInfo.Utc).Parse(block.Yaml!, file.SitePath, 2, bag)!;
            if (frontMatter.Draft)
            {
                continue;
            }
            foreach (var alias in frontMatter.Aliases)
            {
                var redirect = new HtmlParser().ParseDocument(_site.ReadOutput(alias.TrimStart('/') + "index.html"));
                var target = redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content")!.Split("url=")[1];
                Assert.True(_site.OutputExists(target.TrimStart('/') + "index.html"), $"{alias} -> {target}");
                Assert.Contains($"{alias} {target} 301", _site.ReadOutput("_redirects"));
                checkedAliases++;
            }
        }
        Assert.True(checkedAliases >= 2, $"only {checkedAliases} aliases");
        Assert.NotNull(report);
    }

    [Fact]
    public void Old_query_addresses_become_forced_rules_in_the_built_redirects_file()
    {
        var (report, _) = ImportRun.Import(_site.Root, "gutenberg.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        Assert.Equal("redirects.txt", report!.HostRedirectsFile);
        var redirects = _site.ReadOutput("_redirects").Split('\n');
        Assert.Contains("/ p=101 /articles/did-you-fail-your-partner/ 301!", redirects);
        Assert.Contains("/ p=102 /articles/what-forgiveness-is/ 301!", redirects);
        Assert.Contains("/ page_id=103 /about/ 301!", redirects);
        Assert.Contains("/2023/05/did-you-fail-your-partner/ /articles/did-you-fail-your-partner/ 301", redirects);
    }

    [Fact]
    public void Figures_and_galleries_from_wordpress_render_with_the_theme()
    {
        ImportRun.Import(_site.Root, "gutenberg.xml");

        _site.Build();

        var page = new HtmlParser().ParseDocument(_site.ReadOutput("articles/what-forgiveness-is/index.html"));
        Assert.NotNull(page.QuerySelector("figure.figure img[src^='/articles/what-forgiveness-is/'][width][height]"));
        Assert.NotEmpty(page.QuerySelectorAll(".gallery img"));
    }

    [Fact]
    public void Nested_pages_of_the_classic_export_build_as_pages_under_their_parent()
    {
        ImportRun.Import(_site.Root, "classic.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var nested = Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Path.Combine(_site.Root, "content"), f).Count(c => c == Path.DirectorySeparatorChar) >= 1
                        && !f.Contains($"{Path.DirectorySeparatorChar}articles{Path.DirectorySeparatorChar}"))
            .ToArray();
        Assert.NotEmpty(nested);
        Assert.DoesNotContain(new HtmlParser().ParseDocument(_site.ReadOutput("index.html")).QuerySelectorAll(".card-title a"),
            a => nested.Any(n => a.GetAttribute("href")!.Contains(Path.GetFileNameWithoutExtension(n), StringComparison.Ordinal)));
    }

    [Fact]
    public void The_bilingual_site_builds_with_its_accents_and_emoji()
    {
        ImportRun.Import(_site.Root, "bilingual.xml");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Describe());
        var spanish = _site.ReadOutput("articles/que-es-el-perdon/index.html");
        Assert.Contains("¿Por dónde empezar?", spanish);
        Assert.Contains("🌅", spanish);
        Assert.True(_site.OutputExists("articles/✝️-fe-esperanza-y-amor/index.html"));
    }
}
