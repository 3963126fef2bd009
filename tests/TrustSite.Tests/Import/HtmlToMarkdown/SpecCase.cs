using System.Text;
using TrustSite.Import.HtmlToMarkdown;

namespace TrustSite.Tests.Import.HtmlToMarkdown;

/// <summary>One case of the conversion spec: "%% case: NAME", the HTML, "%% markdown", the Markdown, then "%% issues" if any.</summary>
public sealed record SpecCase(string Name, string Html)
{
    private const string CaseMarker = "%% case: ";

    public static List<SpecCase> ReadAll(string text)
    {
        var cases = new List<SpecCase>();
        foreach (var chunk in text.Replace("\r\n", "\n").Split("\n" + CaseMarker).Select((c, i) => i == 0 ? c.TrimStart()[CaseMarker.Length..] : c))
        {
            var nameEnd = chunk.IndexOf('\n');
            var body = chunk[(nameEnd + 1)..];
            var htmlEnd = body.IndexOf("\n%% markdown\n", StringComparison.Ordinal);
            cases.Add(new SpecCase(chunk[..nameEnd].Trim(), htmlEnd < 0 ? body.TrimEnd('\n') : body[..htmlEnd]));
        }
        return cases;
    }

    public static string Format(string name, string html, ConversionResult result)
    {
        var text = new StringBuilder();
        text.Append(CaseMarker).Append(name).Append('\n').Append(html).Append("\n%% markdown\n").Append(result.Markdown);
        if (result.Issues.Length > 0)
        {
            text.Append("%% issues\n").AppendJoin("", result.Issues.Select(i => $"{i.Kind}: {i.Detail}\n"));
        }
        return text.Append('\n').ToString();
    }
}
