using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Feeds;

/// <summary>site.yml's feeds: options (count, fullContent, terms) through a real build, read back by feed parsers.</summary>
public class FeedOptionsTests
{
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TempSite Site(string feeds)
    {
        var articles = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"-- content/articles/a{i}.md --\n---\ntitle: Article {i}\ndate: 2024-01-0{i}\ntags: [{(i % 2 == 0 ? "trust" : "hope")}]\nsummary: Short summary {i}.\n---\nFull *body* of article {i}, which is longer than its summary.\n\n## More\n\nSecond paragraph of article {i}.\n"));
        return new TempSite($"-- site.yml --\n{TempSite.MinimalConfig}\ntheme: plain\n{feeds}\n{articles}");
    }

    private static SyndicationFeed Read(TempSite site, string file)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, file));
        return SyndicationFeed.Load(reader);
    }

    private static void Builds(TempSite site) =>
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void Count_limits_every_feed_to_the_latest_articles()
    {
        using var site = Site("feeds:\n  count: 2");

        Builds(site);

        Assert.Equal(["Article 6", "Article 5"], Read(site, "feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Article 6", "Article 5"], Read(site, "atom.xml").Items.Select(i => i.Title.Text));
        using var json = JsonDocument.Parse(site.ReadOutput("feed.json"));
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Without_a_count_feeds_carry_every_article_up_to_twenty()
    {
        using var site = Site("");

        Builds(site);

        Assert.Equal(6, Read(site, "feed.xml").Items.Count());
    }

    [Fact]
    public void Full_content_false_gives_summaries_only()
    {
        using var site = Site("feeds:\n  fullContent: false");

        Builds(site);

        var rss = XDocument.Parse(site.ReadOutput("feed.xml"));
        Assert.Equal(6, rss.Descendants("item").Count());
        Assert.Empty(rss.Descendants(ContentModule + "encoded"));
        Assert.All(rss.Descendants("item"), i => Assert.StartsWith("Short summary", i.Element("description")!.Value));
        var atom = XDocument.Parse(site.ReadOutput("atom.xml"));
        Assert.Empty(atom.Descendants(Atom + "content"));
        Assert.All(atom.Descendants(Atom + "entry"), e => Assert.NotNull(e.Element(Atom + "summary")));
        using var json = JsonDocument.Parse(site.ReadOutput("feed.json"));
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.False(item.TryGetProperty("content_html", out _));
            Assert.StartsWith("Short summary", item.GetProperty("content_text").GetString());
        });
    }

    [Fact]
    public void Full_content_is_the_default_with_the_whole_article()
    {
        using var site = Site("");

        Builds(site);

        var encoded = XDocument.Parse(site.ReadOutput("feed.xml")).Descendants(ContentModule + "encoded").First().Value;
        Assert.Contains("<em>body</em>", encoded);
        Assert.Contains("Second paragraph of article 6", encoded);
    }

    [Fact]
    public void Terms_true_gives_each_term_a_feed_with_only_its_articles()
    {
        using var site = Site("feeds:\n  terms: true");

        Builds(site);

        var trust = Read(site, "tags/trust/feed.xml");
        Assert.Equal(["Article 6", "Article 4", "Article 2"], trust.Items.Select(i => i.Title.Text));
        Assert.Contains("trust", trust.Title.Text);
        Assert.Equal(["Article 5", "Article 3", "Article 1"], Read(site, "tags/hope/atom.xml").Items.Select(i => i.Title.Text));
        using var json = JsonDocument.Parse(site.ReadOutput("tags/trust/feed.json"));
        Assert.Equal("https://example.org/tags/trust/feed.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Equal(6, Read(site, "feed.xml").Items.Count());
    }

    [Fact]
    public void Without_terms_there_are_no_term_feeds()
    {
        using var site = Site("");

        Builds(site);

        Assert.True(site.OutputExists("tags/trust/index.html"));
        Assert.False(site.OutputExists("tags/trust/feed.xml"));
    }
}
