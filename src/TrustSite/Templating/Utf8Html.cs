using System.Buffers;
using System.Text;

namespace TrustSite.Templating;

/// <summary>
/// A document's HTML as the page's `content`, still in the UTF-8 it is kept in: decoded straight into the layout's output
/// rather than into a string of its own for every page.
/// </summary>
public sealed class Utf8Html(ReadOnlyMemory<byte> bytes)
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    public void AppendTo(StringBuilder output)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(Bytes.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(Bytes.Span, chars);
            output.Append(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The HTML as text, as `content.value` gave it when `content` was a <see cref="RawHtml"/>.</summary>
    public string Value => ToString();

    /// <summary>What a template gets when it compares or transforms `content` rather than writing it.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Bytes.Span);
}
