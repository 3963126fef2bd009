using System.Text;
using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>Splits YAML front matter, fenced by '---' lines, from the Markdown body; text is expected with '\n' line endings.</summary>
/// <remarks>It works on UTF-8, so that a document's body stays the file's bytes and is never a string of its own.</remarks>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(string text, string sitePath, DiagnosticBag diagnostics) =>
        Split(Encoding.UTF8.GetBytes(text), sitePath, diagnostics);

    public static FrontMatterBlock? Split(ReadOnlyMemory<byte> utf8, string sitePath, DiagnosticBag diagnostics)
    {
        var text = utf8.Span;
        var firstLineEnd = text.IndexOf((byte)'\n');
        var firstLine = Fence(firstLineEnd < 0 ? text : text[..firstLineEnd]);
        if (firstLine == "+++")
        {
            diagnostics.Error(DiagnosticCodes.UnsupportedFrontMatter, new SourceLocation(sitePath, 1, 1),
                "TOML front matter (between '+++' lines) is not supported",
                "write the front matter in YAML between '---' lines: 'title = \"A\"' becomes 'title: \"A\"'");
            return null;
        }
        if (firstLine != "---")
        {
            if (firstLine == "{" || firstLine.StartsWith("{\"", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedFrontMatter, new SourceLocation(sitePath, 1, 1),
                    "JSON front matter is not supported",
                    "put the same keys between '---' lines: JSON objects are valid YAML, so '---', the object, '---' works");
                return null;
            }
            return new FrontMatterBlock(null, 0, utf8, 1);
        }
        var line = 2;
        var position = firstLineEnd + 1;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text[position..].IndexOf((byte)'\n') is var found and >= 0 ? position + found : -1;
            var current = Fence(end < 0 ? text[position..] : text[position..end]);
            if (current is "---" or "...")
            {
                var yaml = Encoding.UTF8.GetString(text[(firstLineEnd + 1)..position]);
                var body = end < 0 ? ReadOnlyMemory<byte>.Empty : utf8[(end + 1)..];
                return new FrontMatterBlock(yaml, 2, body, line + 1);
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, new SourceLocation(sitePath, 1, 1),
            "the front matter that starts here is never closed", "add a line with only '---' after the last front matter key");
        return null;
    }

    /// <summary>
    /// A line without its trailing white space when it could be a fence ('---', '...', '+++') or open JSON ('{'), else "":
    /// only such lines are decoded.
    /// </summary>
    private static string Fence(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[0] is (byte)'-' or (byte)'.' or (byte)'+' or (byte)'{' ? Encoding.UTF8.GetString(line).TrimEnd() : "";
}
