using TrustSite.Output;

namespace TrustSite.Tests.Output;

public class StagingFolderTests
{
    private static string NewParent() => Directory.CreateTempSubdirectory("trustsite-staging-test").FullName;

    [Fact]
    public void Replaces_the_old_output_whole_on_commit()
    {
        var parent = NewParent();
        var output = Path.Combine(parent, "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        using (var staging = StagingFolder.Create(output))
        {
            staging.WriteText("index.html", "new");
            staging.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(["public"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Leaves_the_old_output_untouched_without_commit()
    {
        var parent = NewParent();
        var output = Path.Combine(parent, "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "old");

        using (var staging = StagingFolder.Create(output))
        {
            staging.WriteText("index.html", "new");
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["public"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Cleans_what_a_killed_build_left_but_never_a_folder_it_did_not_make()
    {
        var parent = NewParent();
        var output = Path.Combine(parent, "public");
        var leftover = Path.Combine(parent, StagingFolder.StagingPrefix + "public-abc");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, OutputGuard.MarkerFile), "");
        var foreign = Path.Combine(parent, StagingFolder.StagingPrefix + "public-mine");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "keep me");

        using (StagingFolder.Create(output))
        {
        }

        Assert.False(Directory.Exists(leftover));
        Assert.True(File.Exists(Path.Combine(foreign, "notes.txt")));
    }

    [Fact]
    public void Restores_the_last_good_site_when_a_build_was_killed_between_the_two_moves()
    {
        var parent = NewParent();
        var output = Path.Combine(parent, "public");
        var retired = Path.Combine(parent, StagingFolder.RetiredPrefix + "public-abc");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, OutputGuard.MarkerFile), "");
        File.WriteAllText(Path.Combine(retired, "index.html"), "last good");

        using (StagingFolder.Create(output))
        {
        }

        Assert.Equal("last good", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Refuses_to_write_outside_the_staging_folder()
    {
        using var staging = StagingFolder.Create(Path.Combine(NewParent(), "public"));

        Assert.Throws<InvalidOperationException>(() => staging.WriteText("../escape.html", "x"));
    }
}
