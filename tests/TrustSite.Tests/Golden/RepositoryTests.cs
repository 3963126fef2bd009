using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Golden;

/// <summary>What a newcomer and CI find in the repository: the README's two commands, the publishing workflow, the layout.</summary>
public class RepositoryTests
{
    [Fact]
    public void The_readme_opens_with_the_build_and_test_commands()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md")).Take(8).ToArray();

        Assert.Contains(lines, l => l.StartsWith("dotnet run --project src/TrustSite.Cli -- build", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bash tests/run.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workflow_builds_for_production_strictly_and_deploys_to_github_pages()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "publish.yml"));

        Assert.Contains("build --environment production --strict", workflow);
        Assert.Contains("actions/upload-pages-artifact", workflow);
        Assert.Contains("actions/deploy-pages", workflow);
        Assert.Contains("path: public", workflow);
    }

    [Fact]
    public void The_top_level_holds_only_what_the_design_card_names()
    {
        var visible = Directory.EnumerateFileSystemEntries(RepoPaths.Root).Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.StartsWith('.') && n is not ("public" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["README.md", "TrustSite.sln", "content", "site.yml", "src", "tests", "themes"], visible);
    }
}
