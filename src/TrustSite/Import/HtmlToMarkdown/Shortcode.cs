using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>A WordPress shortcode found in content: [name attr="value"]content[/name].</summary>
public sealed partial record Shortcode(string Name, ImmutableDictionary<string, string> Attributes, string? Content)
{
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads attributes as WordPress's shortcode_parse_atts does: name="v", name='v', name=v; names are lower-cased.</summary>
    public static ImmutableDictionary<string, string> ParseAttributes(string text)
    {
        var attributes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (Match match in AttributePattern().Matches(text))
        {
            var name = match.Groups["name"].Value.ToLowerInvariant();
            var value = match.Groups["dq"].Success ? match.Groups["dq"].Value
                : match.Groups["sq"].Success ? match.Groups["sq"].Value
                : match.Groups["bare"].Value;
            if (name.Length > 0)
            {
                attributes.TryAdd(name, value);
            }
        }
        return attributes.ToImmutable();
    }

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s'""]+))")]
    private static partial Regex AttributePattern();
}
