namespace TrustSite.Diagnostics;

/// <summary>A 1-based position in a file, with the path relative to the site's root and '/' separators.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a file but no position in it.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{Path}:{Line}:{Column}" : Path;
}
