using System.Collections.Immutable;

namespace TrustSite.Content;

/// <summary>Every file under content/: Markdown documents, other files to publish (images, downloads), and data files for templates.</summary>
/// <param name="DataFiles">YAML files under content/_data/, which templates read as site.data and which are never published.</param>
public sealed record ContentInventory(ImmutableArray<SourceFile> Markdown, ImmutableArray<SourceFile> Assets, ImmutableArray<SourceFile> DataFiles);
