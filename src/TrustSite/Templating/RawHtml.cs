namespace TrustSite.Templating;

/// <summary>HTML that templates write as it is: rendered Markdown, included partials, and values passed through `raw`.</summary>
public sealed record RawHtml(string Value)
{
    public static RawHtml Empty { get; } = new("");

    public override string ToString() => Value;
}
