using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Content;

public class ContentDiscovererTests
{
    [Fact]
    public void Separates_markdown_from_other_files_in_ordinal_order_and_skips_dot_files()
    {
        using var site = new TempSite("""
            -- content/b.md --
            B
            -- content/A.md --
            A
            -- content/articles/x/photo.jpg --
            jpg
            -- content/.DS_Store --
            junk
            -- content/.git/config --
            junk
            -- content/notes.md~ --
            backup
            """);

        var inventory = new ContentDiscoverer().Discover(site.Root, new DiagnosticBag());

        Assert.Equal(["A.md", "b.md"], inventory.Markdown.Select(f => f.ContentPath));
        Assert.Equal(["articles/x/photo.jpg"], inventory.Assets.Select(f => f.ContentPath));
        Assert.Equal("content/A.md", inventory.Markdown[0].SitePath);
    }
}
