using System.Text;

namespace TrustSite.Templating;

/// <summary>
/// HTML given to a template as `content` that is not a string yet (<see cref="LayoutContent"/>, <see cref="Utf8Html"/>): writing it
/// copies it straight into the layout's output; comparing or transforming it makes the string.
/// </summary>
public abstract class BufferedHtml
{
    /// <summary>The HTML as text, as `content.value` gave it when `content` was a <see cref="RawHtml"/>.</summary>
    public string Value => ToString();

    /// <summary>Appends the HTML to a layout's output without making it a string first.</summary>
    public abstract void AppendTo(StringBuilder output);

    /// <summary>What a template gets when it compares or transforms `content` rather than writing it.</summary>
    public abstract override string ToString();
}
