namespace TrustSite.BrowserTests.Support;

/// <summary>Where the focus landed after one press of Tab, and how the element looked focused and before any focus.</summary>
public sealed record FocusStop(
    int Index,
    string Description,
    bool IsVisible,
    FocusStyle Focused,
    FocusStyle? Unfocused)
{
    /// <summary>True when focus draws an outline or a box shadow that the element does not have unfocused.</summary>
    public bool HasVisibleIndicator =>
        (Focused.HasOutline && Focused.Outline != Unfocused?.Outline)
        || (Focused.BoxShadow != "none" && Focused.BoxShadow != Unfocused?.BoxShadow);

    public override string ToString() =>
        $"{Description} (focused: outline {Focused.Outline}, box-shadow {Focused.BoxShadow}; unfocused: outline {Unfocused?.Outline}, box-shadow {Unfocused?.BoxShadow})";
}
