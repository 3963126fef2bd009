using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>Warns where content still gives the retired lifeline number 1-800-273-8255 (or 1-800-273-TALK), in any spelling: since July 2022 the line is 988.</summary>
/// <remarks>Front matter and body are both read as written, so the warning points at the line and column of the number in the file.</remarks>
public sealed class RetiredCrisisNumbers : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        // Every body is searched whole: on a big site the one check that reads all the text, so documents go to every core.
        Parallel.ForEach(input.Documents, rendered =>
        {
            var document = rendered.Published.Document;
            if (document.FrontMatterSource is { } yaml)
            {
                Report(yaml, document.FrontMatterFirstLine, rendered.Published.SitePath, diagnostics);
            }
            // Every spelling has "273" in it: only a body that has it is decoded and searched.
            if (document.BodyUtf8.Span.IndexOf("273"u8) >= 0)
            {
                Report(document.Body, document.BodyFirstLine, rendered.Published.SitePath, diagnostics);
            }
        });
    }

    private static void Report(string text, int firstLine, string path, DiagnosticBag diagnostics)
    {
        foreach (var match in CrisisNumber.FindRetired(text))
        {
            var lineStart = match.Index == 0 ? 0 : text.LastIndexOf('\n', match.Index - 1) + 1;
            var line = firstLine + text.AsSpan(0, lineStart).Count('\n');
            diagnostics.Warning(DiagnosticCodes.RetiredCrisisNumber, new SourceLocation(path, line, match.Index - lineStart + 1),
                $"\"{match.Value}\" is the retired National Suicide Prevention Lifeline number",
                "since July 2022 the lifeline is 988: write \"call or text 988\"");
        }
    }
}
