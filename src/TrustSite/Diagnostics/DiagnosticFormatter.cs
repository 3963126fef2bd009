using System.Text;

namespace TrustSite.Diagnostics;

/// <summary>Writes diagnostics the way compilers do: `path:line:column: error CODE: message`, the source line, a caret.</summary>
public sealed class DiagnosticFormatter(SourceTextCache sources, bool useColor = false)
{
    private const string Red = "\u001b[1;31m", Yellow = "\u001b[1;33m", Cyan = "\u001b[36m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public string Format(Diagnostic diagnostic)
    {
        var text = new StringBuilder();
        var severity = diagnostic.IsError ? "error" : "warning";
        text.Append(Paint(Bold, diagnostic.Location.ToString())).Append(": ")
            .Append(Paint(diagnostic.IsError ? Red : Yellow, severity)).Append(' ')
            .Append(diagnostic.Code).Append(": ").Append(Printable(diagnostic.Message)).Append('\n');
        AppendSourceLine(text, diagnostic.Location);
        if (diagnostic.Hint is { } hint)
        {
            text.Append(Paint(Cyan, "  hint: ")).Append(Printable(hint)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The closing line of a report, such as "2 errors, 1 warning".</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    private void AppendSourceLine(StringBuilder text, SourceLocation location)
    {
        if (!location.HasPosition || sources.GetLine(location.Path, location.Line) is not { } line)
        {
            return;
        }
        var number = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        const int MaxShown = 200;
        var shown = line.Length > MaxShown ? line[..MaxShown] + "…" : line;
        text.Append(' ').Append(number).Append(" | ").Append(Printable(shown)).Append('\n');
        // Keep tabs in the padding so the caret lines up with the column however the terminal expands them.
        var column = Math.Clamp(location.Column, 1, Math.Min(line.Length + 1, MaxShown + 1));
        var padding = new StringBuilder(column);
        for (var i = 0; i < column - 1; i++)
        {
            padding.Append(line[i] == '\t' ? '\t' : ' ');
        }
        text.Append(' ').Append(gutter).Append(" | ").Append(padding).Append(Paint(Red, "^")).Append('\n');
    }

    // Text from an author's (or an imported) file must not drive the terminal: an escape sequence could clear the screen,
    // rewrite earlier lines of a CI log or retitle the window. Each control character but the tab becomes one visible mark,
    // so the caret still lines up.
    private static string Printable(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n') ? string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) && source[i] is not '\t' and not '\n' ? '\uFFFD' : source[i];
            }
        }) : text;

    private string Paint(string color, string text) => useColor ? color + text + Reset : text;

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
