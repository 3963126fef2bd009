using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Markdown;
using TrustSite.Pages;
using TrustSite.Urls;

namespace TrustSite.Feeds;

/// <summary>Builds RSS, Atom and JSON feeds for each language (and each term when asked), from the latest published articles.</summary>
public sealed class FeedBuilder(SiteConfig config, string generator)
{
    public static readonly ImmutableArray<string> Files = [FeedChannel.RssFile, FeedChannel.AtomFile, FeedChannel.JsonFile];

    /// <summary>The folders that get a feed set: each language's home and, when configured, each term's page.</summary>
    public IEnumerable<(LanguageSite Language, Term? Term, string Folder)> Folders(SiteModel site)
    {
        foreach (var language in site.Languages.Where(l => l.Articles.Length > 0))
        {
            yield return (language, null, language.HomeUrl);
            if (config.Publishing.TermFeeds)
            {
                foreach (var term in language.Taxonomies.SelectMany(t => t.Terms))
                {
                    yield return (language, term, term.Url);
                }
            }
        }
    }

    /// <summary>The site paths of every feed file, known before any page is rendered so the output can be checked whole.</summary>
    public IEnumerable<string> Paths(SiteModel site) => Folders(site).SelectMany(f => Files.Select(file => f.Folder + file));

    /// <summary>Every feed file with its text; <paramref name="contentOf"/> gives an article's HTML with its shortcodes rendered.</summary>
    public IEnumerable<(string Path, string Text)> Build(SiteModel site, Func<RenderedDocument, string> contentOf)
    {
        foreach (var (language, term, folder) in Folders(site))
        {
            var channel = Channel(language, term, folder, contentOf);
            yield return (folder + FeedChannel.RssFile, RssWriter.Write(channel));
            yield return (folder + FeedChannel.AtomFile, AtomWriter.Write(channel));
            yield return (folder + FeedChannel.JsonFile, JsonFeedWriter.Write(channel));
        }
    }

    private FeedChannel Channel(LanguageSite language, Term? term, string folder, Func<RenderedDocument, string> contentOf)
    {
        var title = language.Language.Title ?? config.Title;
        var articles = (term?.Articles ?? language.Articles)
            .Where(a => !a.Published.Document.FrontMatter.Draft && !a.Published.IsFuture)
            .Take(config.Publishing.FeedCount);
        return new FeedChannel(
            term is null ? title : $"{term.Name} · {title}",
            language.Language.Description ?? config.Description ?? title,
            language.Code,
            Absolute(term?.Url ?? language.HomeUrl),
            folder,
            config.BaseUrl,
            config.Author.Name,
            generator,
            [.. articles.Select(a => Entry(a, contentOf))]);
    }

    private FeedEntry Entry(RenderedDocument article, Func<RenderedDocument, string> contentOf)
    {
        var frontMatter = article.Published.Document.FrontMatter;
        var published = frontMatter.PublishDate ?? article.Date ?? DateTimeOffset.UnixEpoch;
        var url = Absolute(article.Url);
        return new FeedEntry(
            url,
            url,
            article.Title,
            published,
            frontMatter.Lastmod ?? published,
            frontMatter.Author ?? config.Author.Name,
            article.Summary,
            config.Publishing.FeedFullContent ? AbsoluteUrls.In(contentOf(article), config.BaseUrl) : null,
            frontMatter.Image is { } image ? Absolute(image.Contains('/') ? image : article.Url + image) : null,
            [.. frontMatter.Tags.Concat(frontMatter.Categories).Distinct(StringComparer.Ordinal)]);
    }

    private string Absolute(string path) =>
        SafeUrl.IsAbsoluteHttp(path) ? path : Templating.TemplateFunctions.AbsoluteSitePath(config, path);
}
