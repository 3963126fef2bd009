using System.Collections.Immutable;

namespace TrustSite.Content;

/// <summary>Every file under content/, split into Markdown documents and the other files (images, downloads).</summary>
public sealed record ContentInventory(ImmutableArray<SourceFile> Markdown, ImmutableArray<SourceFile> Assets);
