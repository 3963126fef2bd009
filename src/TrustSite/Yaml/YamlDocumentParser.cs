using System.Text.RegularExpressions;
using TrustSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Yaml;

/// <summary>Parses YAML into YamlDotNet's node tree, turning its exceptions into diagnostics in plain words.</summary>
public static partial class YamlDocumentParser
{
    /// <summary>Returns the root node, null for an empty document, or null after reporting a syntax error.</summary>
    public static YamlNode? Parse(string text, YamlSource source, string syntaxCode, DiagnosticBag diagnostics, out bool failed)
    {
        failed = false;
        try
        {
            var stream = new YamlStream();
            stream.Load(new BoundedParser(new Parser(new StringReader(text))));
            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(syntaxCode, source.LocationOf(stream.Documents[1].RootNode),
                    "found a second YAML document; only one is allowed here",
                    "remove the extra '---' line");
                failed = true;
                return null;
            }
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var (message, hint, line, column) = Explain(e, text);
            diagnostics.Error(syntaxCode, source.At(line, column), message, hint);
            failed = true;
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed flow collections such as "[a, b".
            var (line, column) = FirstUnclosedBracket(text);
            diagnostics.Error(syntaxCode, source.At(line, column), "a list or mapping in brackets is not closed",
                "end '[' with ']' and '{' with '}' on the same line, like [grief, hope]");
            failed = true;
            return null;
        }
    }

    private static (string Message, string? Hint, long Line, long Column) Explain(YamlException e, string text)
    {
        var raw = e.Message;
        var line = e.Start.Line;
        var column = e.Start.Column;
        if (e is BoundedParser.LimitException limit)
        {
            return (limit.Message, limit.Hint, line, column);
        }
        if (DuplicateKey().Match(raw) is { Success: true } duplicate)
        {
            return ($"the key '{duplicate.Groups[1].Value}' appears twice", "keep one of them", line, column);
        }
        if (raw.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTab(text) is var (tabLine, tabColumn))
        {
            return ("a tab is used for indentation, and YAML only allows spaces", "replace the tab with spaces", tabLine, tabColumn);
        }
        if (raw.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return ("a quoted value is not closed", "end the value with the same quote mark it starts with, on the same line", line, column);
        }
        if (raw.Contains("found invalid mapping", StringComparison.Ordinal) || raw.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return ("this line is indented as if it belonged to the line above, or a value contains ': '",
                "check the indentation, and put quotes around a value that contains a colon", line, column);
        }
        if (raw.Contains("flow sequence", StringComparison.Ordinal))
        {
            return ("a list in square brackets is not closed", "end the list with ']' on the same line, like [grief, hope]", line, column);
        }
        if (raw.Contains("flow mapping", StringComparison.Ordinal))
        {
            return ("a mapping in curly braces is not closed", "end it with '}'", line, column);
        }
        if (raw.Contains("block end", StringComparison.Ordinal) || raw.Contains("indentation", StringComparison.Ordinal))
        {
            return ("the indentation of this line does not match the lines around it", "indent nested keys by the same number of spaces", line, column);
        }
        var cleaned = raw.TrimEnd('.');
        cleaned = cleaned.Length > 0 ? char.ToLowerInvariant(cleaned[0]) + cleaned[1..] : "invalid YAML";
        return ($"invalid YAML: {cleaned}", null, line, column);
    }

    private static (long Line, long Column) FirstUnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var opened = -1;
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (c is '[' or '{')
                {
                    opened = depth++ == 0 ? j : opened;
                }
                else if (c is ']' or '}')
                {
                    depth--;
                }
            }
            if (depth > 0)
            {
                return (i + 1, opened + 1);
            }
        }
        return (1, 1);
    }

    private static (long Line, long Column)? FirstTab(string text)
    {
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                return (line, column);
            }
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();
}
