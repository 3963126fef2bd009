using TrustSite.Diagnostics;

namespace TrustSite.Markdown;

/// <summary>A heading of a document: its level (2 for ##), its text and its id.</summary>
public sealed record Heading(int Level, string Text, string Id)
{
    /// <summary>Where the heading was written, for the checks of heading levels.</summary>
    public SourceLocation Location { get; init; }
}
