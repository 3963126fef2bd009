using System.Text;

namespace TrustSite.Templating;

/// <summary>
/// A layout's output handed to its parent layout as `content`, still in the layout's buffer: the parent copies it once into its own
/// output instead of the page's whole HTML becoming a string at every layout level.
/// </summary>
/// <remarks>Valid while the page renders; the buffer is reused for the next page on the same worker.</remarks>
public sealed class LayoutContent(StringBuilder buffer) : BufferedHtml
{
    public override void AppendTo(StringBuilder output)
    {
        foreach (var chunk in buffer.GetChunks())
        {
            output.Append(chunk.Span);
        }
    }

    public override string ToString() => buffer.ToString();
}
