using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TrustSite.Markdown.Extensions;

/// <summary>The text of a block's inlines as one string, with a map back to the inlines, so a match can be cut out of the tree.</summary>
/// <remarks>
/// Literal text, typographic quotes and dashes and entities are kept as they read; a link, a code span, raw HTML or an
/// image stands as one object-replacement character, so "Mark 5 [people](/p)" reads as a word after "Mark 5", and a
/// soft line break as '\n'. Emphasis is read through, but a match that crosses its edge is not linked.
/// </remarks>
internal sealed class InlineText
{
    private const char Opaque = '\uFFFC';

    private readonly StringBuilder _text = new();
    private readonly List<Segment> _segments = [];

    private readonly record struct Segment(Inline Node, int Start, int Length, bool IsText)
    {
        public int End => Start + Length;
    }

    private InlineText(ContainerInline root)
    {
        Append(root);
        Text = _text.ToString();
    }

    public string Text { get; }

    public static InlineText Of(ContainerInline root) => new(root);

    /// <summary>Splits literals at start and end when needed and gives the first and last of the sibling inlines that cover exactly that text.</summary>
    /// <remarks>Matches must be isolated from the last to the first: a split keeps the left part in the original inline, so earlier offsets stay true.</remarks>
    public bool TryIsolate(int start, int end, out Inline first, out Inline last)
    {
        (first, last) = (null!, null!);
        var a = IndexAt(start);
        var b = IndexAt(end - 1);
        var parent = _segments[a].Node.Parent;
        for (var k = a; k <= b; k++)
        {
            if (!_segments[k].IsText || _segments[k].Node.Parent != parent)
            {
                return false;
            }
        }
        var (head, tail) = (_segments[a], _segments[b]);
        if ((start > head.Start && head.Node is not LiteralInline) || (end < tail.End && tail.Node is not LiteralInline))
        {
            return false;
        }
        if (end < tail.End)
        {
            Split((LiteralInline)tail.Node, end - tail.Start);
        }
        first = start > head.Start ? Split((LiteralInline)head.Node, start - head.Start) : head.Node;
        last = a == b ? first : tail.Node;
        return true;
    }

    private int IndexAt(int position)
    {
        var (low, high) = (0, _segments.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            (low, high) = _segments[mid].Start <= position ? (mid, high) : (low, mid - 1);
        }
        return low;
    }

    // The literal keeps the text before the offset; the returned new literal, inserted after it, holds the rest.
    private static LiteralInline Split(LiteralInline literal, int offset)
    {
        var content = literal.Content;
        var right = new LiteralInline(new StringSlice(content.Text, content.Start + offset, content.End))
        {
            Line = literal.Line,
            Column = literal.Column + offset,
            Span = new SourceSpan(literal.Span.Start + offset, literal.Span.End),
        };
        literal.Content = new StringSlice(content.Text, content.Start, content.Start + offset - 1);
        literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + offset - 1);
        literal.InsertAfter(right);
        return right;
    }

    private void Append(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(literal, literal.Content.AsSpan(), isText: true);
                    break;
                case SmartyPant typographic:
                    Add(typographic, [Typographic(typographic.Type)], isText: true);
                    break;
                case HtmlEntityInline entity:
                    Add(entity, entity.Transcoded.AsSpan(), isText: true);
                    break;
                case LineBreakInline lineBreak:
                    Add(lineBreak, ['\n'], isText: false);
                    break;
                case ContainerInline nested and not LinkInline:
                    Append(nested);
                    break;
                default:
                    Add(inline, [Opaque], isText: false);
                    break;
            }
        }
    }

    private void Add(Inline node, ReadOnlySpan<char> text, bool isText)
    {
        if (text.IsEmpty)
        {
            return;
        }
        _segments.Add(new Segment(node, _text.Length, text.Length, isText));
        _text.Append(text);
    }

    // What the typographer's output reads as, whatever characters the pipeline renders it with.
    private static char Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.Dash2 => '–',
        SmartyPantType.Dash3 => '—',
        SmartyPantType.Ellipsis => '…',
        SmartyPantType.LeftQuote => '‘',
        SmartyPantType.RightQuote => '’',
        SmartyPantType.LeftDoubleQuote => '“',
        SmartyPantType.RightDoubleQuote => '”',
        SmartyPantType.LeftAngleQuote => '«',
        SmartyPantType.RightAngleQuote => '»',
        _ => Opaque,
    };
}
