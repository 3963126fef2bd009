using System.Globalization;

namespace TrustSite.BrowserTests.Support;

/// <summary>The computed styles that can show focus.</summary>
public sealed record FocusStyle(
    string OutlineStyle,
    string OutlineWidth,
    string OutlineColor,
    string BoxShadow)
{
    public string Outline => $"{OutlineStyle} {OutlineWidth} {OutlineColor}";

    /// <summary>An outline is seen when it has a style, a width and a colour that is not fully transparent.</summary>
    public bool HasOutline =>
        OutlineStyle != "none"
        && double.TryParse(OutlineWidth.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var width) && width > 0
        && !OutlineColor.EndsWith(", 0)", StringComparison.Ordinal) && OutlineColor != "transparent";
}
