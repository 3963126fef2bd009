using System.Text;

namespace TrustSite.Templating;

/// <summary>
/// A layout's output handed to its parent layout as `content`, still in the layout's buffer: the parent copies it once into its own
/// output instead of the page's whole HTML becoming a string at every layout level.
/// </summary>
/// <remarks>Valid while the page renders; the buffer is reused for the next page on the same worker.</remarks>
public sealed class LayoutContent(StringBuilder buffer)
{
    public StringBuilder Buffer { get; } = buffer;

    /// <summary>The HTML as text, as `content.value` gave it when `content` was a <see cref="RawHtml"/>.</summary>
    public string Value => ToString();

    /// <summary>What a template gets when it compares or transforms `content` rather than writing it.</summary>
    public override string ToString() => Buffer.ToString();
}
