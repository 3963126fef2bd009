using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>Finds the files under content/, in ordinal order so that every later stage sees them in the same order.</summary>
public sealed class ContentDiscoverer
{
    public const string FolderName = "content";
    public const string DataFolder = "_data";

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        // Dot-files (.DS_Store, editor swap files) and symbolic links are never content: a link could point outside the site.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    public ContentInventory Discover(string root, DiagnosticBag diagnostics)
    {
        var contentRoot = Path.Combine(root, FolderName);
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Warning(DiagnosticCodes.UnreadableFile, SourceLocation.File(FolderName), "there is no content/ folder; the site has only its home page",
                "create content/ beside site.yml, with articles in content/articles/");
            return new ContentInventory([], [], []);
        }
        var markdown = ImmutableArray.CreateBuilder<SourceFile>();
        var assets = ImmutableArray.CreateBuilder<SourceFile>();
        var data = ImmutableArray.CreateBuilder<SourceFile>();
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(contentRoot, "*", Options).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(FolderName), $"cannot read the content folder: {e.Message}");
            return new ContentInventory([], [], []);
        }
        foreach (var full in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var contentPath = Path.GetRelativePath(contentRoot, full);
            contentPath = Path.DirectorySeparatorChar == '/' ? contentPath : contentPath.Replace(Path.DirectorySeparatorChar, '/');
            if (IsIgnored(contentPath))
            {
                continue;
            }
            // On Linux a backslash is an ordinary character of a name, but it is a separator on Windows and in many tools.
            if (contentPath.Contains('\\'))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceLocation.File(FolderName + "/" + contentPath),
                    "this file name contains a backslash ('\\'), which cannot be part of an address", "rename the file or its folder without '\\'");
                continue;
            }
            var file = new SourceFile(full, FolderName + "/" + contentPath, contentPath);
            if (contentPath.StartsWith(DataFolder + "/", StringComparison.Ordinal))
            {
                if (contentPath.EndsWith(".yml", StringComparison.Ordinal) || contentPath.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    data.Add(file);
                }
            }
            else if (!IsPrivate(contentPath))
            {
                (file.IsMarkdown ? markdown : assets).Add(file);
            }
        }
        return new ContentInventory(markdown.ToImmutable(), assets.ToImmutable(), data.ToImmutable());
    }

    // A folder named with a leading '_' (content/_data/, an importer's records) is for the build, never for visitors.
    private static bool IsPrivate(string contentPath) => contentPath.Split('/')[..^1].Any(folder => folder.StartsWith('_'));

    // Editor leftovers never belong on the site: backups (file~), swap files, and any path with a dot-folder in it.
    private static bool IsIgnored(string contentPath) =>
        contentPath.EndsWith('~') || contentPath.EndsWith(".swp", StringComparison.Ordinal) || contentPath.EndsWith(".tmp", StringComparison.Ordinal)
        || contentPath.Split('/').Any(segment => segment.StartsWith('.'));
}
