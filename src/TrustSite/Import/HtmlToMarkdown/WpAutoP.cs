using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>WordPress's wpautop, ported: blank lines become paragraphs and single line breaks &lt;br /&gt;, as the classic editor showed them.</summary>
/// <remarks>Follows wp-includes/formatting.php step by step, so that a classic post reads here as it did on the old site.</remarks>
public static partial class WpAutoP
{
    private const string AllBlocks =
        "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|ts-figure|ts-gallery|ts-embed)";

    public static string Apply(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "";
        }
        var protectedBlocks = new List<string>();
        // Line breaks inside <pre>, <script> and <style> are the content itself, never paragraph breaks.
        var pee = Preformatted().Replace(text.ReplaceLineEndings("\n") + "\n", match =>
        {
            protectedBlocks.Add(match.Value);
            return $"<pre wp-pre-tag-{protectedBlocks.Count - 1}></pre>";
        });
        pee = DoubleBreak().Replace(pee, "\n\n");
        pee = BlockOpen().Replace(pee, "\n\n$1");
        pee = BlockClose().Replace(pee, "$1\n\n");
        pee = Rule().Replace(pee, "$0\n\n");
        pee = Tag().Replace(pee, m => m.Value.Replace('\n', ' '));
        pee = ManyNewlines().Replace(pee, "\n\n");
        var paragraphs = ParagraphBreak().Split(pee).Where(p => p.Trim().Length > 0).Select(p => "<p>" + p.Trim('\n') + "</p>\n");
        pee = string.Concat(paragraphs);
        pee = EmptyParagraph().Replace(pee, "");
        pee = UnclosedInContainer().Replace(pee, "<p>$1</p></$2>");
        pee = ParagraphAroundBlock().Replace(pee, "$1");
        pee = ParagraphAroundItem().Replace(pee, "$1");
        pee = ParagraphAroundQuote().Replace(pee, "<blockquote$1><p>");
        pee = pee.Replace("</blockquote></p>", "</p></blockquote>", StringComparison.OrdinalIgnoreCase);
        pee = ParagraphBeforeBlock().Replace(pee, "$1");
        pee = ParagraphEndAfterBlock().Replace(pee, "$1");
        pee = AnyBreak().Replace(pee, "<br />");
        pee = LineBreak().Replace(pee, "<br />\n");
        pee = BreakAfterBlock().Replace(pee, "$1");
        pee = BreakBeforeBlock().Replace(pee, "$1");
        pee = FinalNewline().Replace(pee, "</p>");
        return Restore().Replace(pee, m => protectedBlocks[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    [GeneratedRegex(@"<(pre|script|style)\b[\s\S]*?</\1>", RegexOptions.IgnoreCase)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex DoubleBreak();

    [GeneratedRegex(@"<hr\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Rule();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\n\n+")]
    private static partial Regex ManyNewlines();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"<p>\s*</p>")]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyBreak();

    [GeneratedRegex(@"(?<!<br />)\s*\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex BreakBeforeBlock();

    [GeneratedRegex("\n</p>$")]
    private static partial Regex FinalNewline();

    [GeneratedRegex(@"<pre wp-pre-tag-(\d+)></pre>")]
    private static partial Regex Restore();

    [GeneratedRegex("(<" + AllBlocks + @"[\s/>])", RegexOptions.IgnoreCase)]
    private static partial Regex BlockOpen();

    [GeneratedRegex("(</" + AllBlocks + ">)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockClose();

    [GeneratedRegex(@"<p>([^<]+)</(div|address|form)>", RegexOptions.IgnoreCase)]
    private static partial Regex UnclosedInContainer();

    [GeneratedRegex(@"<p>\s*(</?" + AllBlocks + @"[^>]*>)\s*</p>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAroundBlock();

    [GeneratedRegex(@"<p>(<li.+?)</p>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAroundItem();

    [GeneratedRegex(@"<p><blockquote([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAroundQuote();

    [GeneratedRegex(@"<p>\s*(</?" + AllBlocks + @"[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBeforeBlock();

    [GeneratedRegex("(</?" + AllBlocks + @"[^>]*>)\s*</p>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEndAfterBlock();

    [GeneratedRegex("(</?" + AllBlocks + @"[^>]*>)\s*<br />", RegexOptions.IgnoreCase)]
    private static partial Regex BreakAfterBlock();
}
