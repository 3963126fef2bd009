using TrustSite.Server.Watching;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Server.Watching;

public class SiteWatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_burst_of_saves_makes_one_batch_with_every_file()
    {
        using var site = new TempSite("-- content/a.md --\nA\n-- content/b.md --\nB\n");
        using var watcher = new SiteWatcher(site.Root, TimeSpan.FromMilliseconds(300));
        using var cancel = new CancellationTokenSource(Patience);
        await using var batches = watcher.Batches(cancel.Token).GetAsyncEnumerator(cancel.Token);

        for (var i = 0; i < 5; i++)
        {
            site.Write("content/a.md", "A " + i);
        }
        site.Write("content/b.md", "B again");
        site.Write("site.yml", TempSite.MinimalConfig + "\ntheme: plain\n# edited\n");
        Assert.True(await batches.MoveNextAsync());

        Assert.Equal(["content/a.md", "content/b.md", "site.yml"], batches.Current);
    }

    [Fact]
    public async Task Editor_leftovers_and_files_outside_the_sources_do_not_count()
    {
        using var site = new TempSite("-- content/a.md --\nA\n");
        using var watcher = new SiteWatcher(site.Root, TimeSpan.FromMilliseconds(100));
        using var cancel = new CancellationTokenSource(Patience);
        await using var batches = watcher.Batches(cancel.Token).GetAsyncEnumerator(cancel.Token);

        site.Write("content/.a.md.swp", "swap");
        site.Write("content/a.md~", "backup");
        site.Write("content/.#a.md", "lock");
        site.Write("public/index.html", "output");
        site.Write("notes.txt", "not a source");
        site.Write("themes/plain/layouts/base.html", "<html><body>{{ content }}</body></html>");
        Assert.True(await batches.MoveNextAsync());

        Assert.Equal(["themes/plain/layouts/base.html"], batches.Current);
    }

    [Fact]
    public async Task A_tools_temporary_file_renamed_over_the_article_counts_as_a_change_of_the_article_only()
    {
        using var site = new TempSite("-- content/a.md --\nA\n");
        using var watcher = new SiteWatcher(site.Root, TimeSpan.FromMilliseconds(200));
        using var cancel = new CancellationTokenSource(Patience);
        await using var batches = watcher.Batches(cancel.Token).GetAsyncEnumerator(cancel.Token);

        site.Write("content/sedX1b2c3", "A, edited the way sed -i does");
        File.Move(Path.Combine(site.Root, "content/sedX1b2c3"), Path.Combine(site.Root, "content/a.md"), overwrite: true);
        Assert.True(await batches.MoveNextAsync());

        Assert.Equal(["content/a.md"], batches.Current);
    }

    [Theory]
    [InlineData("a.md~", true)]
    [InlineData(".a.md.swp", true)]
    [InlineData("#a.md#", true)]
    [InlineData("4913", true)]
    [InlineData("a.md", false)]
    [InlineData("photo.jpg", false)]
    public void Knows_editor_leftovers(string name, bool expected)
    {
        Assert.Equal(expected, EditorLeftovers.IsOne(name));
    }
}
