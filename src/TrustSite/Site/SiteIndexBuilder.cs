using System.Collections.Immutable;
using TrustSite.Content;
using TrustSite.Diagnostics;

namespace TrustSite.Site;

/// <summary>Applies the publication rules and gives each published document its URL; single-threaded, it sees the whole site.</summary>
public static class SiteIndexBuilder
{
    public static SiteIndex Build(ImmutableArray<Document> documents, ImmutableArray<SourceFile> assets, PublicationRules rules, UrlBuilder urls,
        DiagnosticBag diagnostics)
    {
        var published = ImmutableArray.CreateBuilder<PublishedDocument>();
        var excluded = ImmutableArray.CreateBuilder<ExcludedDocument>();
        foreach (var document in documents)
        {
            if (rules.WhyExcluded(document) is { } reason)
            {
                excluded.Add(new ExcludedDocument(document, reason));
                continue;
            }
            var start = new SourceLocation(document.Source.SitePath, 1, 1);
            if (document.Slug.Length == 0 && document.Kind is DocumentKind.Article or DocumentKind.Page && document.FrontMatter.Url is null)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, start,
                    $"cannot make an address from the file name \"{document.Source.FileName}\"", "add a 'slug:' with letters or digits to the front matter");
                continue;
            }
            var url = urls.UrlOf(document, out var problem);
            problem ??= url is null ? null : Urls.SitePath.Problem(url);
            if (url is null || problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, document.FrontMatter.LocationOf("slug", start), problem ?? "no address", "add a 'date:' or an explicit 'url:'");
                continue;
            }
            published.Add(new PublishedDocument(document, url) { IsFuture = (document.FrontMatter.PublishDate ?? document.Date) > rules.Now });
        }
        var byPath = published.ToImmutableDictionary(p => p.Document.Source.ContentPath, StringComparer.Ordinal);
        var excludedByPath = excluded.ToImmutableDictionary(e => e.Document.Source.ContentPath, StringComparer.Ordinal);
        var routedAssets = AssetRouter.Route(assets, published.ToImmutable(), excluded.ToImmutable());
        var assetsByPath = routedAssets.ToImmutableDictionary(a => a.Source.ContentPath, StringComparer.Ordinal);
        return new SiteIndex(published.ToImmutable(), excluded.ToImmutable(), byPath, excludedByPath, routedAssets, assetsByPath);
    }
}
