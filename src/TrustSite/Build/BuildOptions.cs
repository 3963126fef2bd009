namespace TrustSite.Build;

/// <summary>What the user asked of this build, from the command line.</summary>
/// <param name="SourceRoot">The site's folder, holding site.yml, content/ and themes/.</param>
/// <param name="OutputPath">Where the site is published; relative paths are under the source folder.</param>
/// <param name="Environment">production (the default for builds) or development, which picks site.yml's environments: overrides.</param>
/// <param name="Strict">Treat warnings as errors: nothing is published while one remains.</param>
/// <param name="WriteOutput">False for `trustsite check`: the build stops after the checks, and nothing is staged or written.</param>
/// <param name="AuditPrivacy">Audit the staged site for privacy even without <paramref name="Strict"/>, for the report; its findings then
/// block nothing (with Strict they are errors and warnings like any other).</param>
/// <param name="Progress">Told how many pages are rendered of how many, as the render stage goes; the CLI shows it on a terminal.</param>
public sealed record BuildOptions(
    string SourceRoot,
    string OutputPath,
    Uri? BaseUrl = null,
    bool IncludeDrafts = false,
    bool IncludeFuture = false,
    string Environment = "production",
    bool Strict = false,
    bool WriteOutput = true,
    IProgress<BuildProgress>? Progress = null,
    bool AuditPrivacy = false)
{
    public string FullOutputPath => Path.GetFullPath(Path.Combine(SourceRoot, OutputPath));
}
