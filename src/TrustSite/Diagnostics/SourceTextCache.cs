using System.Collections.Concurrent;

namespace TrustSite.Diagnostics;

/// <summary>Reads source lines for diagnostics, from files under the site's root, each file read once.</summary>
public sealed class SourceTextCache(string root)
{
    private readonly ConcurrentDictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public string? GetLine(string relativePath, int line)
    {
        var lines = _lines.GetOrAdd(relativePath, Load);
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>Lets a stage register text it already holds, such as a file it has just read.</summary>
    public void Remember(string relativePath, string text) => _lines[relativePath] = SplitLines(text);

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
