using System.Text.RegularExpressions;

namespace TrustSite.Templating;

/// <summary>Finds the statement a missing `{{ end }}` belongs to: Scriban reports it at the end of the file, far from the cause.</summary>
public static partial class UnclosedBlockFinder
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "capture", "with", "case", "func", "tablerow", "wrap" };

    /// <summary>The 0-based line and column of the last unclosed statement of that kind, or null.</summary>
    public static (int Line, int Column)? Find(string template, string keyword)
    {
        var open = new Stack<(string Keyword, int Line, int Column)>();
        foreach (Match block in CodeBlock().Matches(template))
        {
            var code = block.Groups[1];
            foreach (Match statement in StatementStart().Matches(code.Value))
            {
                var word = statement.Groups[1].Value;
                if (Openers.Contains(word))
                {
                    var index = code.Index + statement.Groups[1].Index;
                    var line = template.AsSpan(0, index).Count('\n');
                    var column = index - (template.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
                    open.Push((word, line, index == 0 || template[index - 1] == '\n' ? 0 : column));
                }
                else if (word == "end" && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }
        foreach (var (word, line, column) in open)
        {
            if (word == keyword)
            {
                return (line, column);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\{\{-?~?(.*?)~?-?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    // A statement starts a block, or follows ';' or a line break inside one.
    [GeneratedRegex(@"(?:^|;|\n)\s*([a-z]+)\b")]
    private static partial Regex StatementStart();
}
