using System.Collections.Concurrent;
using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>Chooses an article's related articles by shared tags and categories, looking only at its nearest neighbours in date within each shared term.</summary>
/// <remarks>
/// Comparing every pair would be quadratic; a window of neighbours per term keeps it linear. Each article's list is worked out the
/// first time a page asks for it, so a rebuild that renders one page pays for one list, not ten thousand.
/// </remarks>
public sealed class RelatedArticles
{
    private const int Window = 12;

    private readonly int _count;
    // By source path rather than by object, so that the preview can ask for a document it has just rendered again.
    private readonly Dictionary<string, List<(Term Term, int Position, int Weight)>> _memberships = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<RenderedDocument>> _chosen = new(StringComparer.Ordinal);

    public RelatedArticles(ImmutableArray<Taxonomy> taxonomies, int count)
    {
        _count = count;
        foreach (var taxonomy in taxonomies.Where(t => Weight(t.Name) > 0))
        {
            foreach (var term in taxonomy.Terms)
            {
                for (var i = 0; i < term.Articles.Length; i++)
                {
                    if (!_memberships.TryGetValue(term.Articles[i].Published.SitePath, out var list))
                    {
                        _memberships[term.Articles[i].Published.SitePath] = list = [];
                    }
                    list.Add((term, i, Weight(taxonomy.Name)));
                }
            }
        }
    }

    public ImmutableArray<RenderedDocument> For(RenderedDocument article) =>
        _count == 0 || !_memberships.ContainsKey(article.Published.SitePath) ? [] : _chosen.GetOrAdd(article.Published.SitePath, _ => Choose(article));

    private ImmutableArray<RenderedDocument> Choose(RenderedDocument article)
    {
        var scores = new Dictionary<RenderedDocument, int>(ReferenceEqualityComparer.Instance);
        foreach (var (term, position, weight) in _memberships[article.Published.SitePath])
        {
            var from = Math.Max(0, position - Window);
            var to = Math.Min(term.Articles.Length - 1, position + Window);
            for (var j = from; j <= to; j++)
            {
                var candidate = term.Articles[j];
                if (candidate.Published.SitePath != article.Published.SitePath)
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
                .Take(_count)
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
