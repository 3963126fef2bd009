namespace TrustSite.Configuration;

/// <summary>Markdown settings: whether raw HTML in articles is passed through (unsafe) or shown as text.</summary>
public sealed record MarkdownOptions(bool Unsafe, bool Typographer)
{
    public static MarkdownOptions Default { get; } = new(Unsafe: false, Typographer: true);
}
