using TrustSite.Pages;
using TrustSite.Templating.Views;

namespace TrustSite.Tests.Templating.Views;

public class PagerLinksTests
{
    private static Pager Pager(int number, int total) =>
        new(number, [.. Enumerable.Range(1, total).Select(n => n == 1 ? "/a/" : $"/a/page/{n}/")]);

    [Fact]
    public void Shows_every_page_of_a_short_list()
    {
        var view = PagerLinks.Build(Pager(2, 5), u => u);

        Assert.Equal([1, 2, 3, 4, 5], view.Links.Select(l => l.Number));
        Assert.Equal("/a/", view.PreviousUrl);
        Assert.Equal("/a/page/3/", view.NextUrl);
        Assert.True(view.Links[1].IsCurrent);
    }

    [Fact]
    public void Shows_the_ends_and_the_neighbours_of_a_long_list_with_gaps()
    {
        var view = PagerLinks.Build(Pager(10, 20), u => u);

        Assert.Equal("1 … 8 9 10 11 12 … 20", string.Join(' ', view.Links.Select(l => l.IsGap ? "…" : l.Number.ToString())));
    }

    [Fact]
    public void Has_no_previous_page_on_the_first_and_no_next_on_the_last()
    {
        Assert.Null(PagerLinks.Build(Pager(1, 3), u => u).PreviousUrl);
        Assert.Null(PagerLinks.Build(Pager(3, 3), u => u).NextUrl);
    }

    [Fact]
    public void Shows_the_first_the_last_and_two_on_each_side_for_every_position_and_length()
    {
        for (var total = 1; total <= 30; total++)
        {
            for (var number = 1; number <= total; number++)
            {
                var shown = Enumerable.Range(1, total).Where(n => total <= 7 || n == 1 || n == total || Math.Abs(n - number) <= 2).ToList();
                var expected = shown.SelectMany((n, i) => i > 0 && n > shown[i - 1] + 1 ? ["…", n.ToString()] : new[] { n.ToString() });

                var view = PagerLinks.Build(Pager(number, total), u => u);

                Assert.Equal(string.Join(' ', expected), string.Join(' ', view.Links.Select(l => l.IsGap ? "…" : l.Number.ToString())));
            }
        }
    }
}
