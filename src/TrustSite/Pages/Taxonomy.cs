using System.Collections.Immutable;

namespace TrustSite.Pages;

/// <summary>A way of grouping articles, such as tags, with its terms in name order.</summary>
public sealed record Taxonomy(string Name, string Url, ImmutableArray<Term> Terms)
{
    public Term? Find(string name) => Terms.FirstOrDefault(t => t.Key == TermKey.Of(name));
}
