using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Yaml;

/// <summary>Turns free-form YAML (page params, data) into plain values templates can read.</summary>
public static class YamlValueConverter
{
    public static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ScalarValue(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToImmutableArray(),
        YamlMappingNode mapping => ToDictionary(mapping),
        _ => null,
    };

    public static ImmutableDictionary<string, object?> ToDictionary(YamlMappingNode mapping)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                builder[name] = ToValue(value);
            }
        }
        return builder.ToImmutable();
    }

    // The YAML 1.2 core schema: only plain scalars are typed; a quoted "5" stays a string.
    private static object? ScalarValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text;
        }
        if (YamlMapReader.IsNull(scalar))
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE") { return true; }
        if (text is "false" or "False" or "FALSE") { return false; }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }
        if (text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }
        return text;
    }
}
