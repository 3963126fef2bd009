using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Urls;

namespace TrustSite.Pages;

/// <summary>Groups a language's articles by the terms of each taxonomy; two terms that would share an address are an error naming both.</summary>
public static class TaxonomyBuilder
{
    public static ImmutableArray<Taxonomy> Build(string languagePrefix, ImmutableArray<RenderedDocument> articles, ImmutableArray<string> taxonomies,
        DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<Taxonomy>(taxonomies.Length);
        foreach (var taxonomy in taxonomies)
        {
            var url = SitePath.Normalize($"{languagePrefix}/{taxonomy}/");
            result.Add(new Taxonomy(taxonomy, url, Terms(taxonomy, url, articles, diagnostics)));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Term> Terms(string taxonomy, string taxonomyUrl, ImmutableArray<RenderedDocument> articles, DiagnosticBag diagnostics)
    {
        var byKey = new Dictionary<string, Gathered>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in article.Published.Document.FrontMatter.TermsOf(taxonomy))
            {
                var key = TermKey.Of(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!byKey.TryGetValue(key, out var gathered))
                {
                    byKey[key] = gathered = new Gathered();
                }
                gathered.Spellings[name] = gathered.Spellings.GetValueOrDefault(name) + 1;
                // An article that lists a term twice ("Grief", "grief") belongs to it once.
                if (gathered.Articles.Count == 0 || !ReferenceEquals(gathered.Articles[^1], article))
                {
                    gathered.Articles.Add(article);
                }
            }
        }
        var terms = new List<Term>(byKey.Count);
        var bySlug = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var (key, gathered) in byKey.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // The spelling most articles use names the term; ties go to the first in ordinal order, never to chance.
            var name = gathered.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            var slug = Slugifier.Slugify(name);
            var first = gathered.Articles[0].Published;
            var location = first.Document.FrontMatter.LocationOf(taxonomy, new SourceLocation(first.SitePath, 1, 1));
            if (slug.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, location, $"the {taxonomy} term \"{name}\" has no letters or digits to make an address from",
                    "write the term with at least one letter or digit, like grief");
                continue;
            }
            var term = new Term(taxonomy, name, key, slug, taxonomyUrl + slug + "/", [.. gathered.Articles]);
            if (bySlug.TryGetValue(slug, out var other))
            {
                var otherFirst = other.Articles[0].Published.SitePath;
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, location,
                    $"the {taxonomy} \"{name}\" ({first.SitePath}) and \"{other.Name}\" ({otherFirst}) would share the address {term.Url}",
                    "write them the same way if they are one term, or make them differ by more than punctuation");
                continue;
            }
            bySlug[slug] = term;
            terms.Add(term);
        }
        return [.. terms];
    }

    private sealed class Gathered
    {
        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);
        public List<RenderedDocument> Articles { get; } = [];
    }
}
