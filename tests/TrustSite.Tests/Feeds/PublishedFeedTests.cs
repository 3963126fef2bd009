using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using TrustSite.Tests.Golden;

namespace TrustSite.Tests.Feeds;

/// <summary>The sample site's feeds, read by .NET's syndication parser and by a JSON parser, checked against the specifications.</summary>
public sealed class PublishedFeedTests(SampleSiteTests.BuiltSample sample) : IClassFixture<SampleSiteTests.BuiltSample>
{
    private SyndicationFeed Read(string file)
    {
        using var reader = XmlReader.Create(Path.Combine(sample.Output, file));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Rss_has_the_channel_and_the_latest_articles_with_dates_authors_and_categories()
    {
        var feed = Read("feed.xml");

        Assert.Equal("Renewed Trust", feed.Title.Text);
        Assert.Equal("https://example.org/", feed.Links.First().Uri.AbsoluteUri);
        Assert.False(string.IsNullOrEmpty(feed.Description.Text));
        var items = feed.Items.ToArray();
        Assert.Equal(5, items.Length);
        Assert.Equal("A letter to the spouse who stayed", items[0].Title.Text);
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 9, 0, 0, TimeSpan.FromHours(-5)), items[0].PublishDate);
        Assert.Equal(TimeSpan.FromHours(-5), items[0].PublishDate.Offset);
        Assert.Contains(items[0].Categories, c => c.Name == "hope");
        Assert.All(items, i => Assert.StartsWith("https://example.org/articles/", i.Links.First().Uri.AbsoluteUri));
        Assert.DoesNotContain(items, i => i.Title.Text.Contains("Praying", StringComparison.Ordinal));
    }

    [Fact]
    public void Rss_carries_the_whole_article_with_absolute_addresses()
    {
        var xml = new XmlDocument();
        xml.Load(Path.Combine(sample.Output, "feed.xml"));
        var namespaces = new XmlNamespaceManager(xml.NameTable);
        namespaces.AddNamespace("content", "http://purl.org/rss/1.0/modules/content/");

        var content = xml.SelectSingleNode("//item[1]/content:encoded", namespaces)!.InnerText;

        Assert.Contains("src=\"https://example.org/articles/a-letter-to-the-spouse-who-stayed/sunrise.svg\"", content);
        Assert.DoesNotContain("href=\"/", content);
        Assert.DoesNotContain("src=\"/", content);
    }

    [Fact]
    public void Atom_has_ids_updated_dates_authors_and_html_content()
    {
        var feed = Read("atom.xml");

        Assert.Equal("https://example.org/atom.xml", feed.Id);
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 9, 0, 0, TimeSpan.FromHours(-5)), feed.LastUpdatedTime);
        Assert.NotEmpty(feed.Authors);
        var entry = feed.Items.First();
        Assert.Equal("https://example.org/articles/a-letter-to-the-spouse-who-stayed/", entry.Id);
        Assert.NotEqual(default, entry.LastUpdatedTime);
        Assert.Equal("html", ((TextSyndicationContent)entry.Content).Type);
    }

    [Fact]
    public void Json_feed_follows_version_1_1()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, "feed.json")));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Renewed Trust", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/feed.json", root.GetProperty("feed_url").GetString());
        var item = root.GetProperty("items")[0];
        Assert.Equal("https://example.org/articles/a-letter-to-the-spouse-who-stayed/", item.GetProperty("id").GetString());
        Assert.StartsWith("<p><img", item.GetProperty("content_html").GetString());
        Assert.Equal("2025-01-20T09:00:00-05:00", item.GetProperty("date_published").GetString());
        Assert.Equal("https://example.org/articles/a-letter-to-the-spouse-who-stayed/sunrise.svg", item.GetProperty("image").GetString());
        Assert.Equal("Your counselor", item.GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Each_language_has_its_own_feeds_announced_in_every_page_head()
    {
        var spanish = Read("es/feed.xml");
        var head = sample.Page("es/articles/le-fallaste-a-tu-pareja/index.html").Head!;

        Assert.Equal("Confianza Renovada", spanish.Title.Text);
        Assert.Single(spanish.Items);
        Assert.Equal(["/es/feed.xml", "/es/atom.xml", "/es/feed.json"],
            head.QuerySelectorAll("link[rel=alternate][type*='xml'], link[rel=alternate][type*='json']").Select(l => l.GetAttribute("href")));
    }
}
