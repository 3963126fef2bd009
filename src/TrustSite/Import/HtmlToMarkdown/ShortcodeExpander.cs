using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Turns the shortcodes TrustSite knows ([caption], [gallery], [embed]) and bare video lines into placeholder elements
/// the DOM walker converts; every other shortcode is kept as text and reported.</summary>
public static partial class ShortcodeExpander
{
    public static string Expand(string html, ICollection<ConversionIssue> issues)
    {
        var expanded = ShortcodePattern().Replace(html, match => Replace(match, issues));
        return VideoLine().Replace(expanded, match => Embed(match.Groups[1].Value));
    }

    private static string Replace(Match match, ICollection<ConversionIssue> issues)
    {
        // [[caption]] is WordPress's way to write a shortcode as text.
        if (match.Groups["open"].Value == "[" && match.Groups["close"].Value == "]")
        {
            return match.Value[1..^1];
        }
        var name = match.Groups["name"].Value;
        var shortcode = new Shortcode(name.ToLowerInvariant(), Shortcode.ParseAttributes(match.Groups["attrs"].Value),
            match.Groups["content"].Success ? match.Groups["content"].Value : null);
        switch (shortcode.Name)
        {
            case "caption" or "wp_caption":
                return $"<ts-figure{Attribute("data-caption", shortcode.Attribute("caption"))}>{Expand(shortcode.Content ?? "", issues)}</ts-figure>";
            case "gallery":
                return $"<ts-gallery{Attribute("data-ids", shortcode.Attribute("ids") ?? shortcode.Attribute("include"))}></ts-gallery>";
            case "embed" when (shortcode.Content ?? shortcode.Attribute("src"))?.Trim() is { Length: > 0 } url:
                return Embed(url);
            case var _ when !LooksLikeShortcode(name, match.Groups["attrs"].Value):
                return match.Value;
            default:
                issues.Add(new ConversionIssue(ConversionIssueKind.UnknownShortcode, $"[{name}]"));
                if (!match.Groups["content"].Success)
                {
                    return match.Value;
                }
                // Shortcodes inside an unknown one ([box][caption]...[/caption][/box]) are still converted.
                var content = match.Groups["content"];
                var start = content.Index - match.Index;
                return match.Value[..start] + Expand(content.Value, issues) + match.Value[(start + content.Length)..];
        }
    }

    // "[sic]" or "[not a link]" in prose is not a shortcode; plugins' shortcodes have attributes, or a '-' or '_' in their name.
    private static bool LooksLikeShortcode(string name, string attributes) =>
        attributes.Trim().Length == 0 || attributes.Contains('=') || name.Contains('-') || name.Contains('_');

    private static string Embed(string url) => $"<ts-embed{Attribute("data-url", WebUtility.HtmlDecode(url.Trim()))}></ts-embed>";

    private static string Attribute(string name, string? value) =>
        value is null ? "" : $" {name}=\"{WebUtility.HtmlEncode(value)}\"";

    // WordPress's get_shortcode_regex(), for any name: open [, name, attributes, then /] or ] with optional content and [/name].
    [GeneratedRegex(@"\[(?<open>\[?)(?<name>[A-Za-z][\w-]*)(?![\w-])(?<attrs>(?:[^\]/]|/(?!\]))*)(?:/\]|\](?:(?<content>(?:(?!\[/\k<name>\]).)*?)\[/\k<name>\])?)(?<close>\]?)",
        RegexOptions.Singleline)]
    private static partial Regex ShortcodePattern();

    // WordPress turns a YouTube or Vimeo address alone on its line into a player; here it becomes a link.
    [GeneratedRegex(@"^[ \t]*(https?://(?:(?:www\.|m\.)?youtube\.com/(?:watch\?|shorts/|embed/)[^\s<""]+|youtu\.be/[^\s<""]+|(?:www\.|player\.)?vimeo\.com/[^\s<""]+))[ \t]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex VideoLine();
}
