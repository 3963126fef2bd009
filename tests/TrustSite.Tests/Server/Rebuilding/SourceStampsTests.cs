using TrustSite.Server.Rebuilding;
using TrustSite.Server.Watching;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Server.Rebuilding;

public class SourceStampsTests
{
    [Fact]
    public void Tell_a_file_written_again_truncated_or_deleted_from_one_left_alone()
    {
        using var site = new TempSite("-- content/a.md --\n---\ntitle: A\n---\nText.\n-- content/b.md --\nB\n");
        var changed = new[] { "content/a.md", "content/b.md", SiteWatcher.EverythingChanged };
        var first = SourceStamps.Take(site.Root, changed);

        var untouched = SourceStamps.Take(site.Root, changed);
        File.WriteAllText(Path.Combine(site.Root, "content/a.md"), "");
        var truncated = SourceStamps.Take(site.Root, changed);
        File.WriteAllText(Path.Combine(site.Root, "content/a.md"), "---\ntitle: A\n---\nText.\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/a.md"), DateTime.UtcNow.AddMinutes(1));
        var rewritten = SourceStamps.Take(site.Root, changed);
        File.Delete(Path.Combine(site.Root, "content/b.md"));
        var deleted = SourceStamps.Take(site.Root, changed);

        Assert.False(untouched.DifferFrom(first));
        Assert.True(truncated.DifferFrom(untouched));
        Assert.True(rewritten.DifferFrom(truncated));
        Assert.True(deleted.DifferFrom(rewritten));
    }
}
