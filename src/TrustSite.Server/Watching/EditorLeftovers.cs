namespace TrustSite.Server.Watching;

/// <summary>Files editors write beside the one being edited (swap files, backups, lock files), which never need a rebuild.</summary>
public static class EditorLeftovers
{
    public static bool IsOne(string fileName) =>
        fileName.EndsWith('~')
        || fileName.StartsWith(".#", StringComparison.Ordinal)
        || fileName.StartsWith("#", StringComparison.Ordinal) && fileName.EndsWith('#')
        || fileName is "4913" or ".DS_Store"
        || fileName.EndsWith(".swp", StringComparison.Ordinal) || fileName.EndsWith(".swx", StringComparison.Ordinal)
        || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
}
