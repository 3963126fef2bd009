namespace TrustSite.BrowserTests.Hosting;

/// <summary>Finds the repository from the test binaries, so the tests can copy the sample site and keep artifacts.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where the browser tests leave screenshots; tests/artifacts/ is git-ignored.</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TrustSite.sln not found above " + AppContext.BaseDirectory);
    }
}
