using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>Chooses each article's related articles by shared tags and categories, looking only at the articles nearest in date within each shared term.</summary>
/// <remarks>Comparing every pair would be quadratic; a window of neighbours per term keeps 10,000 articles well under a second.</remarks>
public static class RelatedArticles
{
    private const int Window = 12;

    public static IReadOnlyDictionary<RenderedDocument, ImmutableArray<RenderedDocument>> Find(ImmutableArray<Taxonomy> taxonomies, int count)
    {
        var related = new Dictionary<RenderedDocument, ImmutableArray<RenderedDocument>>(ReferenceEqualityComparer.Instance);
        if (count == 0)
        {
            return related;
        }
        // Each article's terms with the term's weight and the article's position in that term's list, which is newest first.
        var memberships = new Dictionary<RenderedDocument, List<(Term Term, int Position, int Weight)>>(ReferenceEqualityComparer.Instance);
        foreach (var taxonomy in taxonomies.Where(t => Weight(t.Name) > 0))
        {
            foreach (var term in taxonomy.Terms)
            {
                for (var i = 0; i < term.Articles.Length; i++)
                {
                    if (!memberships.TryGetValue(term.Articles[i], out var list))
                    {
                        memberships[term.Articles[i]] = list = [];
                    }
                    list.Add((term, i, Weight(taxonomy.Name)));
                }
            }
        }
        var articles = memberships.Keys.ToArray();
        var results = new ImmutableArray<RenderedDocument>[articles.Length];
        Parallel.For(0, articles.Length, i => results[i] = Choose(articles[i], memberships, count));
        for (var i = 0; i < articles.Length; i++)
        {
            related[articles[i]] = results[i];
        }
        return related;
    }

    private static ImmutableArray<RenderedDocument> Choose(RenderedDocument article,
        Dictionary<RenderedDocument, List<(Term Term, int Position, int Weight)>> memberships, int count)
    {
        var scores = new Dictionary<RenderedDocument, int>(ReferenceEqualityComparer.Instance);
        foreach (var (term, position, weight) in memberships[article])
        {
            var from = Math.Max(0, position - Window);
            var to = Math.Min(term.Articles.Length - 1, position + Window);
            for (var j = from; j <= to; j++)
            {
                var candidate = term.Articles[j];
                if (!ReferenceEquals(candidate, article))
                {
                    scores[candidate] = scores.GetValueOrDefault(candidate) + weight;
                }
            }
        }
        var date = article.Date ?? DateTimeOffset.MinValue;
        return
        [
            .. scores.OrderByDescending(s => s.Value)
                .ThenBy(s => Math.Abs(((s.Key.Date ?? DateTimeOffset.MinValue) - date).Ticks))
                .ThenBy(s => s.Key.Published.SitePath, StringComparer.Ordinal)
                .Take(count)
                .Select(s => s.Key),
        ];
    }

    // A shared tag says more about two articles than a shared broad category; series have their own navigation.
    private static int Weight(string taxonomy) => taxonomy switch
    {
        "tags" => 2,
        "categories" => 1,
        "series" => 0,
        _ => 1,
    };
}
