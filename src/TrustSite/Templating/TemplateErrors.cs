using System.Text.RegularExpressions;
using Scriban.Parsing;
using TrustSite.Diagnostics;

namespace TrustSite.Templating;

/// <summary>Rephrases Scriban's messages where they are cryptic for theme authors.</summary>
public static partial class TemplateErrors
{
    /// <summary>A diagnostic for a Scriban parse message; a missing `end` points at the statement it should close.</summary>
    public static Diagnostic Diagnose(LogMessage message, string template, int lineOffset, string sitePath, int lastLine)
    {
        if (MissingEnd().Match(message.Message) is { Success: true } missing
            && UnclosedBlockFinder.Find(template, missing.Groups[1].Value) is var (line, column))
        {
            var keyword = missing.Groups[1].Value;
            return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateSyntax, new SourceLocation(sitePath, lineOffset + line + 1, column + 1),
                $"this '{{{{ {keyword} }}}}' has no matching '{{{{ end }}}}'", "close it with {{ end }} where the repeated or conditional part ends");
        }
        return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateSyntax, TemplateLocation.At(message.Span, lineOffset, sitePath, lastLine), Explain(message.Message));
    }

    public static string Explain(string message)
    {
        var text = message.TrimEnd('.');
        if (text.Contains("was not found", StringComparison.Ordinal) && text.StartsWith("The variable or function", StringComparison.Ordinal))
        {
            return text.Replace("The variable or function", "unknown variable or function", StringComparison.Ordinal)
                + " (templates run in strict mode: check the spelling, or see the README for what templates can use)";
        }
        if (text.StartsWith("Cannot get member with name ", StringComparison.Ordinal))
        {
            return $"unknown member '{text["Cannot get member with name ".Length..]}' (check the spelling, or see the README for the fields of page and site)";
        }
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : message;
    }

    [GeneratedRegex(@"^Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial Regex MissingEnd();
}
