using System.Collections.Concurrent;

namespace TrustSite.Diagnostics;

/// <summary>Reads source lines for diagnostics, from files under the site's root.</summary>
/// <remarks>
/// Diagnostics come sorted by file, so the files read from disk are kept only while they are among the last few asked for:
/// a build with warnings in thousands of files would otherwise hold all their lines at once (10,000 articles: 200 MB at
/// the process's peak, while the report was written).
/// </remarks>
public sealed class SourceTextCache(string root)
{
    private const int RecentFiles = 16;

    private readonly ConcurrentDictionary<string, string[]> _remembered = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Path, string[]? Lines)> _recent = new();

    public string? GetLine(string relativePath, int line)
    {
        var lines = _remembered.TryGetValue(relativePath, out var remembered) ? remembered : Recent(relativePath);
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>Lets a stage register text it already holds, such as a file it has just read; kept for the cache's lifetime.</summary>
    public void Remember(string relativePath, string text) => _remembered[relativePath] = SplitLines(text);

    private string[]? Recent(string relativePath)
    {
        lock (_recent)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Path == relativePath)
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Lines;
                }
            }
            var lines = Load(relativePath);
            _recent.AddFirst((relativePath, lines));
            if (_recent.Count > RecentFiles)
            {
                _recent.RemoveLast();
            }
            return lines;
        }
    }

    private string[]? Load(string relativePath)
    {
        try
        {
            var full = Path.Combine(root, relativePath);
            return File.Exists(full) ? SplitLines(File.ReadAllText(full)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
