using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>Splits YAML front matter, fenced by '---' lines, from the Markdown body; text is expected with '\n' line endings.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(string text, string sitePath, DiagnosticBag diagnostics)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd();
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
            return new FrontMatterBlock(null, 0, text, 1);
        }
        var line = 2;
        var position = firstLineEnd + 1;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (current is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
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
}
