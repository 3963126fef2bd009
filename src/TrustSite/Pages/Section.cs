using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>A folder of articles under content/, such as articles/, with its articles newest first.</summary>
/// <param name="Index">The section's own _index.md, giving the list page a title and an introduction.</param>
public sealed record Section(string Name, string Title, string Url, RenderedDocument? Index, ImmutableArray<RenderedDocument> Articles);
