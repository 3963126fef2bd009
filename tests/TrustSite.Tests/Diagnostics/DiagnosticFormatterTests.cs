using TrustSite.Diagnostics;

namespace TrustSite.Tests.Diagnostics;

public class DiagnosticFormatterTests
{
    [Fact]
    public void Shows_the_location_the_source_line_a_caret_and_the_hint()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "a.md"), "---\ndate: yesterday\n---\n");
        var formatter = new DiagnosticFormatter(new SourceTextCache(root));
        var diagnostic = new Diagnostic(Severity.Error, "TS2004", new SourceLocation("a.md", 2, 7), "'date' is not a valid date", "dates look like 2024-05-01");

        var text = formatter.Format(diagnostic);

        Assert.Equal("""
            a.md:2:7: error TS2004: 'date' is not a valid date
             2 | date: yesterday
               |       ^
              hint: dates look like 2024-05-01

            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void Keeps_tabs_in_the_caret_padding_so_it_lines_up()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "a.yml"), "\tkey: x\n");
        var formatter = new DiagnosticFormatter(new SourceTextCache(root));

        var text = formatter.Format(new Diagnostic(Severity.Warning, "TS1", new SourceLocation("a.yml", 1, 2), "m"));

        Assert.Contains("   | \t^", text);
        Assert.StartsWith("a.yml:1:2: warning TS1: m", text);
    }

    [Fact]
    public void Never_passes_control_characters_from_a_file_to_the_terminal()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "a.md"), "---\ndraft: \u001b]0;owned\u0007\u001b[2Jmaybe\u009b\n---\n");
        var formatter = new DiagnosticFormatter(new SourceTextCache(root));
        var diagnostic = new Diagnostic(Severity.Error, "TS2003", new SourceLocation("a.md", 2, 8),
            "'draft' must be true or false, but it is \"\u001b]0;owned\u0007\u001b[2Jmaybe\"", "hint \u001b[31m");

        var text = formatter.Format(diagnostic);

        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\t');
        Assert.Contains(" 2 | draft: \uFFFD]0;owned\uFFFD\uFFFD[2Jmaybe\uFFFD\n", text);
        Assert.Contains("   |        ^", text);
    }

    [Fact]
    public void Omits_the_source_line_for_a_location_without_position()
    {
        var formatter = new DiagnosticFormatter(new SourceTextCache(Path.GetTempPath()));

        var text = formatter.Format(new Diagnostic(Severity.Error, "TS5001", SourceLocation.File("public"), "refusing"));

        Assert.Equal("public: error TS5001: refusing\n", text);
    }

    [Fact]
    public void Summarises_counts_in_words()
    {
        var diagnostics = new[]
        {
            new Diagnostic(Severity.Error, "A", SourceLocation.File("x"), "m"),
            new Diagnostic(Severity.Error, "A", SourceLocation.File("x"), "n"),
            new Diagnostic(Severity.Warning, "B", SourceLocation.File("x"), "o"),
        };

        Assert.Equal("2 errors, 1 warning", DiagnosticFormatter.Summary(diagnostics));
    }
}
