using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>An article's place in a series: "part 2 of 5", with every part oldest first.</summary>
public sealed record SeriesView(string Name, string Url, int Position, int Total, ImmutableArray<ArticleCardView> Parts);
