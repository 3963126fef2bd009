using System.Buffers;
using System.Text;

namespace TrustSite.Templating;

/// <summary>
/// A document's HTML as the page's `content`, still in the UTF-8 it is kept in: decoded straight into the layout's output
/// rather than into a string of its own for every page.
/// </summary>
public sealed class Utf8Html(ReadOnlyMemory<byte> bytes) : BufferedHtml
{
    public override void AppendTo(StringBuilder output)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(bytes.Span, chars);
            output.Append(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(bytes.Span);
}
