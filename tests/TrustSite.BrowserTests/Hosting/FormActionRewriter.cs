using System.Text.RegularExpressions;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>Points the forms of a site.yml at other addresses, changing only the `action:` lines so every other setting stays as written.</summary>
public static partial class FormActionRewriter
{
    /// <summary>Replaces the value of each `action:` key found at the given paths (such as "contact.form.action").</summary>
    public static string Rewrite(string yaml, IReadOnlyDictionary<string, Uri> actionsByPath)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        var found = new HashSet<string>(StringComparer.Ordinal);
        var parents = new Stack<(int Indent, string Key)>();
        for (var i = 0; i < lines.Length; i++)
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
        }
        var missing = actionsByPath.Keys.Where(path => !found.Contains(path)).ToArray();
        if (missing.Length > 0)
        {
            // The sample's site.yml changed shape (a preset without `action:`, or a flow mapping): the fixture must follow it.
            throw new InvalidOperationException($"site.yml has no block-style key {string.Join(", ", missing)} to point at the form stubs");
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<key>[A-Za-z_][\w-]*):(?:\s|$)")]
    private static partial Regex BlockKey();
}
