namespace TrustSite.Tests.TestSupport;

/// <summary>Finds the repository from the test binaries, so tests can read the sample site and fixtures.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

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
