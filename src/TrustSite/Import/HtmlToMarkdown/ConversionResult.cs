using System.Collections.Immutable;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>The Markdown made from one document's HTML, and what in it needs the author's attention.</summary>
public sealed record ConversionResult(string Markdown, ImmutableArray<ConversionIssue> Issues);
