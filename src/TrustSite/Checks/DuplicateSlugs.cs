using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>Warns when articles or pages of one language in different sections or folders end their addresses with the same slug.</summary>
/// <remarks>
/// Two files in one folder with one slug would share an address, which the build already refuses (TS3001); across sections both
/// pages publish, but /articles/hope/ and /devotionals/hope/ are easily confused in links and visitor statistics.
/// A document with its own `url:` does not use its slug and is left out.
/// </remarks>
public sealed class DuplicateSlugs : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, RenderedDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in DocumentOrder.OldestFirst(input.Documents))
        {
            var source = document.Published.Document;
            if (source.Kind is not (DocumentKind.Article or DocumentKind.Page) || source.FrontMatter.Url is not null)
            {
                continue;
            }
            var key = source.Language + "\n" + source.Slug;
            if (!first.TryAdd(key, document) && first[key].Url != document.Url)
            {
                var original = first[key];
                diagnostics.Warning(DiagnosticCodes.DuplicateSlug, FrontMatterLocation.Of(document, "slug"),
                    $"the slug '{source.Slug}' is also used by {original.Published.SitePath} ({original.Url})",
                    $"this page is published at {document.Url}; give it a slug of its own with 'slug:' so the two addresses are not confused");
            }
        }
    }
}
