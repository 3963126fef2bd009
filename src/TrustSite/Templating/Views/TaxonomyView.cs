using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>A taxonomy with its terms in name order, each with its count.</summary>
public sealed record TaxonomyView(string Name, string Title, string Url, ImmutableArray<TermLinkView> Terms);
