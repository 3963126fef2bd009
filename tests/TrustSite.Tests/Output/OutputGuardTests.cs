using TrustSite.Diagnostics;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Output;

public class OutputGuardTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("content")]
    [InlineData("content/public")]
    [InlineData("themes/trust/public")]
    public void Refuses_output_folders_that_would_replace_sources(string output)
    {
        using var site = new TempSite("-- content/a.md --\nx\n");
        var bag = new DiagnosticBag();

        Assert.False(OutputGuard.Check(site.Root, Path.Combine(site.Root, output), bag));
        Assert.Equal(DiagnosticCodes.OutputFolderUnsafe, bag.Single().Code);
    }

    [Fact]
    public void Refuses_a_folder_of_someone_elses_files()
    {
        using var site = new TempSite("-- docs/notes.txt --\nmine\n");
        var bag = new DiagnosticBag();

        Assert.False(OutputGuard.Check(site.Root, Path.Combine(site.Root, "docs"), bag));
        Assert.Contains("did not write", bag.Single().Message);
    }

    [Fact]
    public void Accepts_a_new_folder_an_empty_one_and_a_previous_build()
    {
        using var site = new TempSite("-- public/.trustsite-output --\n\n-- public/index.html --\nold\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "empty"));
        var bag = new DiagnosticBag();

        Assert.True(OutputGuard.Check(site.Root, Path.Combine(site.Root, "public"), bag));
        Assert.True(OutputGuard.Check(site.Root, Path.Combine(site.Root, "empty"), bag));
        Assert.True(OutputGuard.Check(site.Root, Path.Combine(site.Root, "new"), bag));
        Assert.False(bag.HasErrors);
    }
}
