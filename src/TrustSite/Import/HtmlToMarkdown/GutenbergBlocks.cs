using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Removes the block editor's comments (&lt;!-- wp:paragraph --&gt;) and puts reusable blocks' content in their place.</summary>
public static partial class GutenbergBlocks
{
    private const int MaxNesting = 5;

    /// <summary>True for content saved by the block editor, which WordPress displays without auto-paragraphs.</summary>
    public static bool HasBlocks(string html) => html.Contains("<!-- wp:", StringComparison.Ordinal);

    public static string Strip(string html, IConversionLinks links, ICollection<ConversionIssue> issues) => Strip(html, links, issues, 0);

    private static string Strip(string html, IConversionLinks links, ICollection<ConversionIssue> issues, int depth)
    {
        var inlined = ReusableBlock().Replace(html, match =>
        {
            var id = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            // A reusable block that includes itself would never end.
            if (links.ReusableBlock(id) is not { } content)
            {
                issues.Add(new ConversionIssue(ConversionIssueKind.Missing, $"reusable block {id} is not in the export; it was left out"));
                return "";
            }
            if (depth >= MaxNesting)
            {
                issues.Add(new ConversionIssue(ConversionIssueKind.Missing, $"reusable block {id} includes itself; the repetition was left out"));
                return "";
            }
            return Strip(content, links, issues, depth + 1);
        });
        return BlockComment().Replace(inlined, "");
    }

    [GeneratedRegex(@"<!--\s*wp:block\s+\{[^}]*?""ref""\s*:\s*(\d{1,18})[^}]*\}\s*/-->", RegexOptions.Singleline)]
    private static partial Regex ReusableBlock();

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
}
