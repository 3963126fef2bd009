using System.Collections.Immutable;
using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>One term of a taxonomy, such as the tag "forgiveness", with its articles newest first.</summary>
/// <param name="Key">What makes two spellings one term: lower case, no accents, single spaces.</param>
public sealed record Term(string Taxonomy, string Name, string Key, string Slug, string Url, ImmutableArray<RenderedDocument> Articles);
