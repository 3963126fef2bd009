namespace TrustSite.Markdown;

/// <summary>A heading of a document: its level (2 for ##), its text and its id.</summary>
public sealed record Heading(int Level, string Text, string Id);
