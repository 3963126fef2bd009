using System.Collections.Immutable;
using System.Text;
using TrustSite.Diagnostics;
using TrustSite.Site;

namespace TrustSite.Markdown.Shortcodes;

/// <summary>Finds {{&lt; name key="value" &gt;}} and paired {{&lt; name &gt;}}...{{&lt; /name &gt;}} outside code, and replaces each with a placeholder.</summary>
/// <remarks>The placeholder keeps the lines the shortcode spanned, so that every later message still points at the right line.</remarks>
public sealed class ShortcodeScanner(IReadOnlySet<string> known)
{
    public sealed record Found(string Name, ImmutableArray<KeyValuePair<string, string>> Params, string? Inner, int InnerLine, SourceLocation Location,
        string Token, bool IsBlock);

    /// <param name="nextIndex">Numbers the placeholders of a whole document, nested shortcodes included, so that no two are the same.</param>
    public (string Body, ImmutableArray<Found> Calls) Scan(PublishedDocument document, string body, int firstLine, DiagnosticBag diagnostics,
        Func<int> nextIndex)
    {
        if (!body.Contains("{{<", StringComparison.Ordinal))
        {
            return (body, []);
        }
        var code = CodeRanges.Find(body);
        var output = new StringBuilder(body.Length);
        var calls = ImmutableArray.CreateBuilder<Found>();
        var position = 0;
        while (position < body.Length)
        {
            var open = body.IndexOf("{{<", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            if (code.Contains(open))
            {
                output.Append(body, position, open + 3 - position);
                position = open + 3;
                continue;
            }
            var location = LocationOf(document, body, firstLine, open);
            var tag = ShortcodeTag.Parse(body, open, out var end, out var problem);
            if (tag is null)
            {
                diagnostics.Error(DiagnosticCodes.ShortcodeInvalid, location, $"this shortcode cannot be read: {problem}",
                    "write it like {{< figure src=\"photo.jpg\" caption=\"A caption\" >}}");
                output.Append(body, position, end - position);
                position = end;
                continue;
            }
            if (tag.IsClosing)
            {
                diagnostics.Error(DiagnosticCodes.ShortcodeInvalid, location, $"{{{{< /{tag.Name} >}}}} closes a shortcode that was never opened",
                    $"open it before with {{{{< {tag.Name} >}}}}, or remove this closing tag");
                output.Append(body, position, end - position);
                position = end;
                continue;
            }
            if (!known.Contains(tag.Name))
            {
                diagnostics.Error(DiagnosticCodes.ShortcodeUnknown, location, $"unknown shortcode \"{tag.Name}\"",
                    DidYouMean.Hint(tag.Name, known) ?? $"shortcodes of the theme: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }
            var (inner, innerStart, after) = tag.IsSelfClosing ? (null, 0, end) : FindInner(body, tag.Name, end, code);
            var spanEnd = inner is null ? end : after;
            var token = ShortcodeToken.For(nextIndex());
            var isBlock = StandsAlone(body, open, spanEnd);
            output.Append(body, position, open - position).Append(token);
            // Keep the line count, so that later positions in this file stay right.
            output.Append('\n', body.AsSpan(open, spanEnd - open).Count('\n'));
            calls.Add(new Found(tag.Name, tag.Params, inner, firstLine + body.AsSpan(0, innerStart).Count('\n'), location, token, isBlock));
            position = spanEnd;
        }
        output.Append(body, position, body.Length - position);
        return (output.ToString(), calls.ToImmutable());
    }

    /// <summary>The text up to the matching closing tag, or null when the shortcode has none and stands alone.</summary>
    private static (string? Inner, int InnerStart, int After) FindInner(string body, string name, int from, CodeRanges code)
    {
        var depth = 0;
        var search = from;
        while (true)
        {
            var next = body.IndexOf("{{<", search, StringComparison.Ordinal);
            if (next < 0)
            {
                return (null, 0, from);
            }
            if (code.Contains(next))
            {
                search = next + 3;
                continue;
            }
            var tag = ShortcodeTag.Parse(body, next, out var end, out _);
            if (tag?.Name == name && !tag.IsSelfClosing)
            {
                if (tag.IsClosing && depth == 0)
                {
                    return (body[from..next], from, end);
                }
                depth += tag.IsClosing ? -1 : 1;
            }
            search = Math.Max(end, next + 3);
        }
    }

    private static bool StandsAlone(string body, int start, int end)
    {
        var lineStart = body.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = body.IndexOf('\n', end);
        return string.IsNullOrWhiteSpace(body[lineStart..start]) && string.IsNullOrWhiteSpace(body[end..(lineEnd < 0 ? body.Length : lineEnd)]);
    }

    private static SourceLocation LocationOf(PublishedDocument document, string body, int firstLine, int offset)
    {
        var line = firstLine + body.AsSpan(0, offset).Count('\n');
        var lineStart = offset == 0 ? 0 : body.LastIndexOf('\n', offset - 1) + 1;
        return new SourceLocation(document.SitePath, line, offset - lineStart + 1);
    }
}
