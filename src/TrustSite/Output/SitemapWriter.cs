using System.Collections.Immutable;
using System.Text;
using System.Xml;
using TrustSite.Configuration;
using TrustSite.Feeds;
using TrustSite.Pages;

namespace TrustSite.Output;

/// <summary>Writes sitemap.xml: every public page with its last change and its translations; an index of several files past 50,000 addresses.</summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The pages a search engine should know: no aliases, no 404, no noindex pages, no drafts or previews of future articles.</summary>
    public static ImmutableArray<PagePlan> Public(ImmutableArray<PagePlan> plans) =>
    [
        .. plans.Where(p => p.Kind is not (PageKind.Alias or PageKind.NotFound) && !p.NoIndex
            && p.Document?.Published.Document.FrontMatter.Draft != true && p.Document?.Published.IsFuture != true),
    ];

    /// <summary>The files the sitemap takes for this many addresses: one, or an index and its parts.</summary>
    public static ImmutableArray<string> Files(int count) =>
        count <= MaxUrlsPerFile ? ["sitemap.xml"] : ["sitemap.xml", .. Enumerable.Range(1, (count + MaxUrlsPerFile - 1) / MaxUrlsPerFile).Select(i => $"sitemap-{i}.xml")];

    public static IEnumerable<(string File, string Text)> Write(ImmutableArray<PagePlan> plans, SiteConfig config)
    {
        var pages = Public(plans);
        var alternates = pages.GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(p => p.Pager is null || p.Pager.Number == 1).ToImmutableArray(), StringComparer.Ordinal);
        var files = Files(pages.Length);
        if (files.Length == 1)
        {
            yield return (files[0], UrlSet(pages, alternates, config));
            yield break;
        }
        yield return (files[0], Index(files[1..], config));
        for (var i = 1; i < files.Length; i++)
        {
            yield return (files[i], UrlSet([.. pages.Skip((i - 1) * MaxUrlsPerFile).Take(MaxUrlsPerFile)], alternates, config));
        }
    }

    private static string UrlSet(ImmutableArray<PagePlan> pages, Dictionary<string, ImmutableArray<PagePlan>> alternates, SiteConfig config)
    {
        return FeedXml.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Sitemaps);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, Absolute(config, page.Url));
                if (LastChange(page) is { } lastmod)
                {
                    xml.WriteElementString("lastmod", Sitemaps, FeedXml.Rfc3339(lastmod));
                }
                var versions = alternates.GetValueOrDefault(page.TranslationKey);
                if (config.IsMultilingual && (page.Pager is null || page.Pager.Number == 1) && versions is { Length: > 1 })
                {
                    foreach (var version in versions)
                    {
                        xml.WriteStartElement("xhtml", "link", Xhtml);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", version.Language);
                        xml.WriteAttributeString("href", Absolute(config, version.Url));
                        xml.WriteEndElement();
                    }
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static string Index(ImmutableArray<string> parts, SiteConfig config)
    {
        return FeedXml.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", Sitemaps);
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, Absolute(config, "/" + part));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    /// <summary>A document's lastmod or date; for a list, the newest article it shows.</summary>
    private static DateTimeOffset? LastChange(PagePlan page) =>
        page.Document?.Published.Document.FrontMatter.Lastmod ?? page.Document?.Date
            ?? page.Items.Select(i => i.Published.Document.FrontMatter.Lastmod ?? i.Date).Max();

    // The same address as new Uri(baseUrl, path) gives, without a Uri for each of a big site's thousands of addresses.
    private static string Absolute(SiteConfig config, string sitePath) => Templating.TemplateFunctions.AbsoluteSitePath(config, sitePath);
}
