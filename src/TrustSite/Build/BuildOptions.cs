namespace TrustSite.Build;

/// <summary>What the user asked of this build, from the command line.</summary>
/// <param name="SourceRoot">The site's folder, holding site.yml, content/ and themes/.</param>
/// <param name="OutputPath">Where the site is published; relative paths are under the source folder.</param>
public sealed record BuildOptions(
    string SourceRoot,
    string OutputPath,
    Uri? BaseUrl = null,
    bool IncludeDrafts = false,
    bool IncludeFuture = false)
{
    public string FullOutputPath => Path.GetFullPath(Path.Combine(SourceRoot, OutputPath));
}
