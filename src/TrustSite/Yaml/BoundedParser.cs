using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrustSite.Yaml;

/// <summary>Hands YamlDotNet's loader the events of a document, refusing nesting deep enough to overflow the stack.</summary>
/// <remarks>YamlDotNet builds its node tree recursively, one stack frame set per level: 100,000 nested '[' end the process,
/// which no catch can prevent. No front matter, site.yml or data file needs more than a handful of levels.</remarks>
internal sealed class BoundedParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }
        switch (inner.Current)
        {
            case SequenceStart or MappingStart:
                if (++_depth > MaxDepth)
                {
                    throw new LimitException(inner.Current.Start, inner.Current.End,
                        $"the values here are nested more than {MaxDepth} levels deep",
                        "a list or mapping inside another needs only a few levels; look for brackets that are opened and never closed");
                }
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }
        return true;
    }

    /// <summary>A document refused for its shape rather than its syntax, explained in plain words.</summary>
    public sealed class LimitException(Mark start, Mark end, string message, string hint) : YamlException(start, end, message)
    {
        public string Hint { get; } = hint;
    }
}
