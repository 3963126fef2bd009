using Scriban.Parsing;
using TrustSite.Diagnostics;

namespace TrustSite.Templating;

/// <summary>Turns Scriban's zero-based spans into 1-based file positions, past a template's front matter.</summary>
public static class TemplateLocation
{
    public static SourceLocation At(SourceSpan span, int lineOffset, string fallbackPath, int lastLine)
    {
        var path = string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName;
        // Scriban reports errors at the end of the input as line -1.
        var line = span.Start.Line < 0 ? lastLine : lineOffset + span.Start.Line + 1;
        return new SourceLocation(path, line, Math.Max(1, span.Start.Column + 1));
    }
}
