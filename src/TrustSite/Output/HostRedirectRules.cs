using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Output;

/// <summary>redirects.txt beside site.yml: rules of the site's own for the host's _redirects file, such as the WordPress
/// importer's <c>/ p=123 /articles/hope/ 301!</c> (an old ?p=123 address), added after the aliases' redirects.</summary>
/// <remarks>Each line is Netlify's format: the old path, any query parameters to match (p=123), the new address, then the
/// status. Paths starting with '/' are site paths, so the site's base path is put in front of them, as for aliases.</remarks>
public static class HostRedirectRules
{
    public const string FileName = "redirects.txt";

    private static readonly string[] Statuses = ["301", "302", "303", "307", "308", "200", "404", "410"];

    /// <summary>The rules as _redirects lines, or an empty list when there is no redirects.txt; a malformed line is an error at its line.</summary>
    public static ImmutableArray<string> Read(string root, string basePath, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return [];
        }
        var rules = ImmutableArray.CreateBuilder<string>();
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (Parse(line, basePath) is { } rule)
            {
                rules.Add(rule);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, new SourceLocation(FileName, i + 1, 1),
                    $"'{line}' is not a redirect rule",
                    "write the old path, any query parameters to match, the new address and a status: / p=123 /articles/hope/ 301!");
            }
        }
        return rules.ToImmutable();
    }

    private static string? Parse(string line, string basePath)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length > 0 && Statuses.Contains(parts[^1].TrimEnd('!')) ? parts[^1] : null;
        var fields = status is null ? parts : parts[..^1];
        if (fields.Length < 2 || !fields[0].StartsWith('/') || !IsAddress(fields[^1]) || fields[1..^1].Any(q => !q.Contains('=') || q.StartsWith('=')))
        {
            return null;
        }
        var from = basePath + fields[0].TrimStart('/');
        var to = fields[^1].StartsWith('/') ? basePath + fields[^1].TrimStart('/') : fields[^1];
        return string.Join(' ', [from, .. fields[1..^1], to, status ?? "301"]);
    }

    private static bool IsAddress(string text) =>
        text.StartsWith('/') || text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal);
}
