using System.Net;
using System.Text.RegularExpressions;

namespace TrustSite.Import;

/// <summary>Text for front matter and data files from WordPress's HTML-ish fields: tags removed, entities decoded, spaces collapsed.</summary>
public static partial class PlainText
{
    public static string FromHtml(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>Like <see cref="FromHtml"/>, but keeps paragraph breaks, for comments.</summary>
    public static string FromHtmlKeepingParagraphs(string html)
    {
        var paragraphs = Paragraphs().Split(html.ReplaceLineEndings("\n")).Select(FromHtml).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n\s*\n|</p>\s*<p[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraphs();
}
