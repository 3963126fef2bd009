using System.Collections.Immutable;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Pages;
using TrustSite.Site;
using static TrustSite.Tests.TestSupport.IndexFactory;

namespace TrustSite.Tests.Pages;

public class RelatedArticlesTests
{
    private static RenderedDocument Article(int i, string[] tags, string[] categories)
    {
        var document = Doc($"articles/a{i:00000}.md", frontMatter: new FrontMatter { Tags = [.. tags], Categories = [.. categories] })
            with { Date = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i) };
        return new RenderedDocument(new PublishedDocument(document, $"/articles/a{i}/"), "", "", "", 100, [], [], [], []);
    }

    private static Dictionary<RenderedDocument, ImmutableArray<RenderedDocument>> Related(IEnumerable<RenderedDocument> articles, int count = 3)
    {
        var sorted = articles.OrderBy(a => a, ArticleOrder.Instance).ToImmutableArray();
        var related = new RelatedArticles(TaxonomyBuilder.Build("", sorted, ["tags", "categories", "series"], new DiagnosticBag()), count);
        return sorted.ToDictionary(a => a, related.For, (IEqualityComparer<RenderedDocument>)ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void Prefers_articles_sharing_more_tags_then_the_nearest_in_date()
    {
        var a = Article(1, ["grief", "hope"], ["Healing"]);
        var b = Article(2, ["grief", "hope"], ["Faith"]);
        var c = Article(3, ["grief"], ["Healing"]);
        var d = Article(50, ["grief"], ["Healing"]);
        var e = Article(4, ["marriage"], ["Faith"]);

        var related = Related([a, b, c, d, e]);

        Assert.Equal([b.Url, c.Url, d.Url], related[a].Select(r => r.Url));
    }

    [Fact]
    public void Gives_the_same_answer_on_every_run()
    {
        var articles = Enumerable.Range(0, 300).Select(i => Article(i, [$"t{i % 7}", $"t{i % 11}"], [$"c{i % 3}"])).ToArray();

        var first = Related(articles);
        var second = Related(articles.Reverse());

        Assert.All(articles, a => Assert.Equal(first[a].Select(r => r.Url), second[a].Select(r => r.Url)));
    }

    [Fact]
    public void Handles_ten_thousand_articles_without_comparing_every_pair()
    {
        var articles = Enumerable.Range(0, 10_000).Select(i => Article(i, [$"t{i % 60}", $"t{(i * 7) % 60}"], [$"c{i % 8}"])).ToArray();

        var related = Related(articles, 5);

        Assert.Equal(10_000, related.Count);
        Assert.All(related.Values, r => Assert.Equal(5, r.Length));
    }
}
