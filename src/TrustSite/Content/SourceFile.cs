namespace TrustSite.Content;

/// <summary>A file found under content/.</summary>
/// <param name="FullPath">The absolute path on disk.</param>
/// <param name="SitePath">The path relative to the site's root, with '/', as diagnostics show it ("content/articles/a.md").</param>
/// <param name="ContentPath">The path relative to content/ ("articles/a.md").</param>
public sealed record SourceFile(string FullPath, string SitePath, string ContentPath)
{
    public bool IsMarkdown => ContentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || ContentPath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder part of <see cref="ContentPath"/>, "" at the root, else ending in '/'.</summary>
    public string ContentDirectory => ContentPath.LastIndexOf('/') is var i and >= 0 ? ContentPath[..(i + 1)] : "";

    public string FileName => ContentPath[(ContentPath.LastIndexOf('/') + 1)..];
}
