using System.Globalization;
using System.Text;

namespace TrustSite.Import.Writing;

/// <summary>Writes a Markdown file's front matter key by key, in the order given, as YAML that TrustSite reads back unchanged.</summary>
public sealed class FrontMatterWriter
{
    private readonly StringBuilder _text = new("---\n");

    /// <summary>A text value, always quoted, as titles and summaries are in the README's examples.</summary>
    public FrontMatterWriter Text(string key, string? value) => Line(key, value is null ? null : YamlScalar.Quoted(value));

    /// <summary>A value written plain when it is a simple word, such as a slug or a date written by the importer.</summary>
    public FrontMatterWriter Plain(string key, string? value) => Line(key, value is null ? null : YamlScalar.Plain(value));

    /// <summary>A date the importer formatted itself (2023-05-08T09:00:00-04:00), written plain as the README writes dates.</summary>
    public FrontMatterWriter Date(string key, string? value) => Line(key, value);

    public FrontMatterWriter Flag(string key, bool value) => Line(key, value ? "true" : null);

    public FrontMatterWriter Number(string key, int value) => Line(key, value == 0 ? null : value.ToString(CultureInfo.InvariantCulture));

    public FrontMatterWriter List(string key, IReadOnlyCollection<string> values, bool quoteAll = false) =>
        Line(key, values.Count == 0 ? null : YamlScalar.FlowList(values, quoteAll));

    /// <summary>The whole file: front matter, a blank line, then the body.</summary>
    public string Close(string body) => _text.ToString() + "---\n" + (body.Length == 0 ? "" : "\n" + body);

    private FrontMatterWriter Line(string key, string? yaml)
    {
        if (yaml is not null)
        {
            _text.Append(key).Append(": ").Append(yaml).Append('\n');
        }
        return this;
    }
}
