using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Feeds;
using TrustSite.Pages;
using TrustSite.Templating;

namespace TrustSite.Output;

/// <summary>The files the build writes besides pages and copies: feeds, sitemap, robots.txt, _headers, _redirects and CNAME.</summary>
public sealed class GeneratedFiles(SiteConfig config, SiteModel site, ImmutableArray<PagePlan> plans, FeedBuilder feeds,
    ImmutableArray<PublishedThemeAsset> themeAssets, ImmutableArray<string> hostRules)
{
    /// <summary>Every generated file's site path and what makes it, known before pages are rendered.</summary>
    public IEnumerable<(string Path, string Origin)> Planned()
    {
        foreach (var path in feeds.Paths(site))
        {
            yield return (path, "the feeds");
        }
        foreach (var file in SitemapWriter.Files(SitemapWriter.Public(plans).Length))
        {
            yield return ("/" + file, "the sitemap");
        }
        yield return ("/robots.txt", "robots.txt");
        yield return ("/_headers", "the security headers");
        if (RedirectsFile.Render(plans, config.BasePath, hostRules) is not null)
        {
            yield return ("/" + RedirectsFile.FileName, "the redirects of the aliases and redirects.txt");
        }
        if (HostFiles.Cname(config) is not null)
        {
            yield return ("/CNAME", "cname in site.yml");
        }
    }

    /// <summary>Every generated file with its text; feeds take each article's content as its page rendered it.</summary>
    public IEnumerable<(string Path, string Text)> Render(Func<Markdown.RenderedDocument, string> contentOf)
    {
        foreach (var feed in feeds.Build(site, contentOf))
        {
            yield return feed;
        }
        foreach (var (file, text) in SitemapWriter.Write(plans, config))
        {
            yield return ("/" + file, text);
        }
        yield return ("/robots.txt", HostFiles.Robots(config));
        yield return ("/_headers", HostFiles.Headers(config, themeAssets.Where(a => a.IsFingerprinted).Select(a => a.Url)));
        if (RedirectsFile.Render(plans, config.BasePath, hostRules) is { } redirects)
        {
            yield return ("/" + RedirectsFile.FileName, redirects);
        }
        if (HostFiles.Cname(config) is { } cname)
        {
            yield return ("/CNAME", cname);
        }
    }
}
