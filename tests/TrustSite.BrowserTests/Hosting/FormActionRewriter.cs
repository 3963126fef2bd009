using System.Text.RegularExpressions;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>Points the forms of a site.yml at other addresses, touching only their `action:` lines, so every other setting stays as written.</summary>
/// <remarks>A form set up by a provider preset has no `action:`; one is added under its block, which overrides the preset's address only.</remarks>
public static partial class FormActionRewriter
{
    /// <summary>Sets the value of each `action:` key at the given paths (such as "contact.form.action"), adding it when the block lacks one.</summary>
    public static string Rewrite(string yaml, IReadOnlyDictionary<string, Uri> actionsByPath)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n').ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new Dictionary<string, (int Line, int Indent)>(StringComparer.Ordinal);
        var parents = new Stack<(int Indent, string Key)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = BlockKey().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }
            var indent = match.Groups["indent"].Length;
            while (parents.Count > 0 && parents.Peek().Indent >= indent)
            {
                parents.Pop();
            }
            parents.Push((indent, match.Groups["key"].Value));
            var path = string.Join('.', parents.Reverse().Select(p => p.Key));
            if (actionsByPath.TryGetValue(path, out var action))
            {
                lines[i] = $"{match.Groups["indent"].Value}{match.Groups["key"].Value}: \"{action.AbsoluteUri}\"";
                found.Add(path);
            }
            else if (match.Groups["rest"].Value.Trim() is "" or ['#', ..])
            {
                blocks[path] = (i, indent);
            }
        }
        // Insert from the bottom, so that earlier line numbers stay right.
        foreach (var (path, action) in actionsByPath.Where(p => !found.Contains(p.Key)).OrderByDescending(p => blocks.GetValueOrDefault(Parent(p.Key)).Line))
        {
            if (blocks.TryGetValue(Parent(path), out var block))
            {
                lines.Insert(block.Line + 1, $"{new string(' ', block.Indent + 2)}action: \"{action.AbsoluteUri}\"");
                found.Add(path);
            }
        }
        var missing = actionsByPath.Keys.Where(path => !found.Contains(path)).ToArray();
        if (missing.Length > 0)
        {
            // The sample's site.yml changed shape (a flow mapping, say): the fixture must follow it.
            throw new InvalidOperationException($"site.yml has no block-style key {string.Join(", ", missing)} or block to add it to");
        }
        return string.Join('\n', lines);
    }

    private static string Parent(string path) => path[..path.LastIndexOf('.')];

    [GeneratedRegex(@"^(?<indent>\s*)(?<key>[A-Za-z_][\w-]*):(?<rest>\s.*|$)")]
    private static partial Regex BlockKey();
}
