using System.Collections.Immutable;
using TrustSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Yaml;

/// <summary>Reads a YAML mapping strictly: each typed getter reports a wrong type at the value's own line.</summary>
public sealed class YamlMapReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly DiagnosticBag _diagnostics;
    private readonly string _typeCode;

    public YamlMapReader(YamlMappingNode node, YamlSource source, DiagnosticBag diagnostics, string typeCode)
    {
        Node = node;
        Source = source;
        _diagnostics = diagnostics;
        _typeCode = typeCode;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode scalar && scalar.Value is { } name)
            {
                _entries.TryAdd(name, (scalar, value));
            }
            else
            {
                diagnostics.Error(typeCode, source.LocationOf(key), "a key must be a plain name",
                    "write each key as a word followed by a colon, like 'title: My article'");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public YamlSource Source { get; }

    /// <summary>Entries in the order the author wrote them.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries =>
        Node.Children.Where(e => e.Key is YamlScalarNode { Value: not null })
            .Select(e => (((YamlScalarNode)e.Key).Value!, e.Value));

    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value);

    public YamlNode? NodeOf(string key) => _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? Source.LocationOf(entry.Key) : Source.At(Node.Start.Line, Node.Start.Column);

    public SourceLocation ValueLocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? Source.LocationOf(entry.Value) : LocationOf(key);

    public string? String(string key)
    {
        var node = NodeOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }
        // Text in brackets or braces reads as a list or a mapping, the classic surprise of titles like [Update] Our hours.
        WrongType(key, node, "a single value", "put the value in quotes, like \"[Update] Our hours\"");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = NodeOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text })
        {
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)) { return true; }
            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)) { return false; }
        }
        WrongType(key, node, "true or false");
        return null;
    }

    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = NodeOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }
            _diagnostics.Error(_typeCode, Source.LocationOf(node), $"'{key}' must be between {min} and {max}, got {value}");
            return null;
        }
        WrongType(key, node, "a whole number");
        return null;
    }

    /// <summary>A list of plain values; a single value is accepted as a list of one, as authors often write `tags: grief`.</summary>
    public ImmutableArray<string> StringList(string key)
    {
        var node = NodeOf(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return string.IsNullOrWhiteSpace(single) ? [] : [single.Trim()];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<string>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } text })
                    {
                        if (!string.IsNullOrWhiteSpace(text))
                        {
                            items.Add(text.Trim());
                        }
                    }
                    else if (!IsNull(child))
                    {
                        _diagnostics.Error(_typeCode, Source.LocationOf(child), $"each item of '{key}' must be a single value, not a list or a mapping",
                            "write the items in one pair of brackets, like [grief, hope], or one '- item' per line");
                    }
                }
                return items.ToImmutable();
            default:
                WrongType(key, node, "a list, like [one, two]");
                return [];
        }
    }

    public YamlMapReader? Map(string key)
    {
        var node = NodeOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlMappingNode mapping)
        {
            return new YamlMapReader(mapping, Source, _diagnostics, _typeCode);
        }
        WrongType(key, node, "a mapping of keys and values (indented lines below it)");
        return null;
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = NodeOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }
        WrongType(key, node, "a list (lines starting with '- ')");
        return null;
    }

    /// <summary>Reports every key not in <paramref name="known"/>, with the closest known key as a hint.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known, string code, string where)
    {
        foreach (var (key, _) in Entries)
        {
            if (!known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                _diagnostics.Error(code, LocationOf(key), $"unknown key '{key}' in {where}",
                    DidYouMean.Hint(key, known) ?? $"known keys: {string.Join(", ", known)}");
            }
        }
    }

    public void WrongType(string key, YamlNode node, string expected, string? hint = null) =>
        _diagnostics.Error(_typeCode, Source.LocationOf(node), $"'{key}' must be {expected}, but it is {Describe(node)}", hint);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: var v } => $"\"{v}\"",
        _ => "something else",
    };
}
