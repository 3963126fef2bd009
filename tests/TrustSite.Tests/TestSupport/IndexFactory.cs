using System.Collections.Immutable;
using TrustSite.Content;
using TrustSite.Site;

namespace TrustSite.Tests.TestSupport;

/// <summary>Builds small site indexes by hand for link and Markdown tests.</summary>
public static class IndexFactory
{
    public static Document Doc(string contentPath, string body = "", int bodyFirstLine = 1, DocumentKind kind = DocumentKind.Article, FrontMatter? frontMatter = null)
    {
        var file = new SourceFile("/site/content/" + contentPath, "content/" + contentPath, contentPath);
        var slug = Path.GetFileNameWithoutExtension(contentPath);
        var section = contentPath.Contains('/') ? contentPath[..contentPath.IndexOf('/')] : "";
        return new Document(file, kind, "en", contentPath, section, slug, "", null, slug, null, frontMatter ?? FrontMatter.Empty, System.Text.Encoding.UTF8.GetBytes(body), bodyFirstLine);
    }

    public static SiteIndex Index(IEnumerable<PublishedDocument> published, IEnumerable<ExcludedDocument>? excluded = null, IEnumerable<PublishedAsset>? assets = null)
    {
        var p = published.ToImmutableArray();
        var e = (excluded ?? []).ToImmutableArray();
        var a = (assets ?? []).ToImmutableArray();
        return new SiteIndex(p, e,
            p.ToImmutableDictionary(x => x.Document.Source.ContentPath, StringComparer.Ordinal),
            e.ToImmutableDictionary(x => x.Document.Source.ContentPath, StringComparer.Ordinal),
            a, a.ToImmutableDictionary(x => x.Source.ContentPath, StringComparer.Ordinal));
    }
}
