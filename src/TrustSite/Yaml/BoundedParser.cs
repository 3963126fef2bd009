using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrustSite.Yaml;

/// <summary>Hands YamlDotNet's loader the events of a document, refusing shapes that would exhaust the stack, the memory or the time.</summary>
/// <remarks>YamlDotNet builds its node tree recursively, so 100,000 nested '[' end the process, which no catch can prevent;
/// an alias inside the value it names makes a cycle that every later reader follows without end; and aliases of aliases
/// multiply ("a billion laughs"). No front matter, site.yml or data file needs any of these.</remarks>
internal sealed class BoundedParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;
    public const long MaxAliasedValues = 10_000;

    private readonly List<Frame> _open = [];
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private long _aliased;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        var current = inner.Current!;
        switch (current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count >= MaxDepth)
                {
                    throw Refuse(current, $"the values here are nested more than {MaxDepth} levels deep",
                        "a list or mapping inside another needs only a few levels; look for brackets that are opened and never closed");
                }
                _open.Add(new Frame(AnchorOf((NodeEvent)current)));
                break;
            case SequenceEnd or MappingEnd:
                var frame = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                Completed(frame.Anchor, frame.Values + 1);
                break;
            case Scalar scalar:
                Completed(AnchorOf(scalar), 1);
                break;
            case AnchorAlias alias:
                Repeat(alias);
                break;
        }
        return true;
    }

    private void Repeat(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(frame => frame.Anchor == name))
        {
            throw Refuse(alias, $"the alias '*{name}' is inside the value that '&{name}' names, so it would repeat itself without end",
                "an alias can only repeat a value that is complete before it");
        }
        // An unknown anchor is left to YamlDotNet, which reports it.
        if (_sizes.TryGetValue(name, out var size))
        {
            _aliased += size;
            if (_aliased > MaxAliasedValues)
            {
                throw Refuse(alias, "the aliases here repeat more than 10,000 values",
                    "an alias (*name) copies the value its anchor (&name) names; aliases of aliases multiply, so write the values out");
            }
            Completed(null, size);
        }
    }

    private void Completed(string? anchor, long size)
    {
        if (anchor is not null)
        {
            _sizes[anchor] = size;
        }
        if (_open.Count > 0)
        {
            _open[^1].Values += size;
        }
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private static LimitException Refuse(ParsingEvent at, string message, string hint) => new(at.Start, at.End, message, hint);

    private sealed class Frame(string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public long Values { get; set; }
    }

    /// <summary>A document refused for its shape rather than its syntax, explained in plain words.</summary>
    public sealed class LimitException(Mark start, Mark end, string message, string hint) : YamlException(start, end, message)
    {
        public string Hint { get; } = hint;
    }
}
