using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>Front matter written to attack readers shows as text on every page kind of the trust theme, in feeds and in JSON-LD.</summary>
public class HostileContentTests
{
    private const string Title = "<script>alert(1)</script>\"onmouseover=alert(2) x=\"</script><img src=x onerror=alert(3)>";
    private const string Tag = "<b onmouseover=alert(4)>bold</b>";

    private static TempSite Build()
    {
        var yaml = JsonSerializer.Serialize(Title);
        var site = new TempSite($$"""
            -- content/articles/attack.md --
            ---
            title: {{yaml}}
            summary: {{yaml}}
            description: {{yaml}}
            author: {{yaml}}
            date: 2024-05-01
            tags: [{{JsonSerializer.Serialize(Tag)}}]
            categories: [{{yaml}}]
            series: [{{yaml}}]
            aliases: [/old/attack/]
            ---
            Body.
            -- content/about.md --
            ---
            title: {{yaml}}
            ---
            -- content/articles/_index.md --
            ---
            title: {{yaml}}
            ---
            """).WithTrustTheme();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void Every_page_shows_hostile_front_matter_as_text_and_runs_none_of_it()
    {
        using var site = Build();
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);

        Assert.Contains(pages, p => p.EndsWith("articles/attack/index.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("tags/index.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("/categories/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("archive/index.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("old/attack/index.html", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(site.Output, page);
            Assert.All(document.QuerySelectorAll("script"), script =>
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", $"{name}: inline script {script.OuterHtml}"));
            Assert.Empty(document.QuerySelectorAll("img[onerror], b, [onmouseover]"));
            foreach (var json in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                using var data = JsonDocument.Parse(json.TextContent);
                Assert.DoesNotContain("</script", json.InnerHtml, StringComparison.OrdinalIgnoreCase);
            }
        }
        var article = parser.ParseDocument(site.ReadOutput("articles/attack/index.html"));
        Assert.Equal(Title, article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Title, article.Title);
        Assert.Contains(parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("a"), a => a.TextContent.Trim() == Title);
        Assert.Contains(Tag, parser.ParseDocument(site.ReadOutput("tags/index.html")).Body!.TextContent);
    }

    [Fact]
    public void Feeds_and_json_ld_carry_hostile_front_matter_as_the_same_text()
    {
        using var site = Build();

        var rss = new XmlDocument();
        rss.Load(Path.Combine(site.Output, "feed.xml"));
        Assert.Equal(Title, rss.SelectSingleNode("/rss/channel/item/title")!.InnerText);
        // Readers treat the description as HTML: decoded as a reader would, it must be the summary as text, with no element.
        var description = new HtmlParser().ParseDocument(rss.SelectSingleNode("/rss/channel/item/description")!.InnerText);
        Assert.Equal(Title, description.Body!.TextContent);
        Assert.Empty(description.Body.Children);
        Assert.Empty(description.Head!.Children);
        var atom = new XmlDocument();
        atom.Load(Path.Combine(site.Output, "atom.xml"));
        var ns = new XmlNamespaceManager(atom.NameTable);
        ns.AddNamespace("a", "http://www.w3.org/2005/Atom");
        Assert.Equal(Title, atom.SelectSingleNode("/a:feed/a:entry/a:title", ns)!.InnerText);
        using var json = JsonDocument.Parse(site.ReadOutput("feed.json"));
        Assert.Equal(Title, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        var page = new HtmlParser().ParseDocument(site.ReadOutput("articles/attack/index.html"));
        var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
        Assert.Contains(ld, text => text.Contains("BlogPosting", StringComparison.Ordinal)
            && JsonDocument.Parse(text).RootElement.GetProperty("headline").GetString() == Title);
    }
}
