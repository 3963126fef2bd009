using System.Xml.Linq;
using System.Collections.Immutable;
using TrustSite.Output;
using TrustSite.Pages;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Output;

public class SitemapWriterTests
{
    [Fact]
    public void Splits_into_an_index_and_parts_past_fifty_thousand_addresses()
    {
        var plans = Enumerable.Range(0, SitemapWriter.MaxUrlsPerFile + 1)
            .Select(i => new PagePlan(PageKind.Page, "en", $"/p{i}/", $"P{i}", null, $"doc:{i}", $"content/p{i}.md"))
            .ToImmutableArray();

        var files = SitemapWriter.Write(plans, TestConfig.Default).ToArray();

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], files.Select(f => f.File));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(files[0].Text);
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml"], index.Root.Elements(ns + "sitemap").Select(s => s.Element(ns + "loc")!.Value));
        Assert.Equal(SitemapWriter.MaxUrlsPerFile, XDocument.Parse(files[1].Text).Root!.Elements().Count());
        Assert.Single(XDocument.Parse(files[2].Text).Root!.Elements());
    }

    [Fact]
    public void Leaves_out_aliases_the_404_page_and_noindex_pages()
    {
        ImmutableArray<PagePlan> plans =
        [
            new(PageKind.Page, "en", "/about/", "About", null, "doc:about", "about"),
            new(PageKind.Alias, "en", "/old/", "About", null, "alias:/old/", "alias") { AliasTarget = "/about/", NoIndex = true },
            new(PageKind.NotFound, "en", "/404.html", "Not found", null, "404", "404") { NoIndex = true },
            new(PageKind.Page, "en", "/thanks/", "Thanks", null, "doc:thanks", "thanks") { NoIndex = true },
        ];

        var text = SitemapWriter.Write(plans, TestConfig.Default).Single().Text;

        Assert.Contains("<loc>https://example.org/about/</loc>", text);
        Assert.DoesNotContain("old", text);
        Assert.DoesNotContain("404", text);
        Assert.DoesNotContain("thanks", text);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
    }
}
