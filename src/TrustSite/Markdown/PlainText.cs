using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TrustSite.Markdown;

/// <summary>The reader-visible text of Markdown inlines, for summaries and word counts.</summary>
public static class PlainText
{
    public static void Append(StringBuilder text, ContainerInline? container)
    {
        var sink = new BuilderSink(text);
        Visit(ref sink, container);
    }

    /// <summary>Counts the words of the reader-visible text without building it.</summary>
    public static int CountWords(ContainerInline? container)
    {
        var counter = new WordCounter();
        Visit(ref counter, container);
        return counter.Count;
    }

    /// <summary>Counts the words of a code block's lines, which read as if joined by line breaks.</summary>
    public static int CountWords(Markdig.Helpers.StringLineGroup lines)
    {
        var counter = new WordCounter();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                counter.Append("\n");
            }
            counter.Append(lines.Lines[i].Slice.AsSpan());
        }
        return counter.Count;
    }

    private static void Visit<TSink>(ref TSink sink, ContainerInline? container)
        where TSink : struct, ITextSink
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sink.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sink.Append(code.Content);
                    break;
                case LineBreakInline:
                    sink.Append(" ");
                    break;
                case HtmlEntityInline entity:
                    sink.Append(entity.Transcoded.AsSpan());
                    break;
                case SmartyPant pant:
                    sink.Append(Typographic(pant.Type));
                    break;
                case AutolinkInline autolink:
                    sink.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    Visit(ref sink, nested);
                    break;
            }
        }
    }

    private interface ITextSink
    {
        void Append(ReadOnlySpan<char> text);
    }

    private readonly struct BuilderSink(StringBuilder builder) : ITextSink
    {
        public void Append(ReadOnlySpan<char> text) => builder.Append(text);
    }

    /// <summary>Counts words across pieces of text as if they were one string: a word may span two pieces ("**foo**bar").</summary>
    private struct WordCounter : ITextSink
    {
        private bool _inWord;

        public int Count { get; private set; }

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                var isWordChar = char.IsLetterOrDigit(c) || (_inWord && c is '\'' or '’' or '-');
                if (isWordChar && !_inWord)
                {
                    Count++;
                }
                _inWord = isWordChar;
            }
        }
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var counter = new WordCounter();
        counter.Append(text);
        return counter.Count;
    }

    private static string Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.Ellipsis => "…",
        _ => "",
    };
}
