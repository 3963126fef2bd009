using TrustSite.Diagnostics;
using TrustSite.Site;

namespace TrustSite.Markdown;

/// <summary>Refuses absurdly deep nesting before Markdig sees it: parsing thousands of nested levels takes Markdig seconds before it gives up.</summary>
public static class NestingGuard
{
    public const int MaxQuoteDepth = 64;
    public const int MaxIndentColumns = 256;

    public static bool Check(PublishedDocument document, DiagnosticBag diagnostics)
    {
        var body = document.Document.BodyUtf8.Span;
        var line = 0;
        foreach (var range in body.Split((byte)'\n'))
        {
            var text = body[range];
            var (columns, quotes) = Measure(text);
            if (columns > MaxIndentColumns || quotes > MaxQuoteDepth)
            {
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(document.SitePath, document.Document.BodyFirstLine + line, 1),
                    quotes > MaxQuoteDepth
                        ? $"this line nests {quotes} quotes; TrustSite stops at {MaxQuoteDepth}"
                        : $"this line is indented by {columns} columns; TrustSite stops at {MaxIndentColumns}, about 100 levels of nested lists",
                    "no reader can follow such nesting: flatten the structure");
                return false;
            }
            line++;
        }
        return true;
    }

    private static (int Columns, int Quotes) Measure(ReadOnlySpan<byte> line)
    {
        var columns = 0;
        var quotes = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case (byte)' ': columns++; break;
                case (byte)'\t': columns += 4 - (columns % 4); break;
                case (byte)'>': quotes++; columns++; break;
                default: return (columns, quotes);
            }
        }
        return (columns, quotes);
    }
}
