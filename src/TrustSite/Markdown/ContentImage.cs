using TrustSite.Diagnostics;

namespace TrustSite.Markdown;

/// <summary>An image of a document's body as the author wrote it, for the content checks.</summary>
/// <param name="Source">The address as written, before it is resolved.</param>
/// <param name="Alt">The alt text; null when an &lt;img&gt; tag has no alt attribute at all (alt="" marks a decorative image).</param>
/// <param name="IsRawHtml">Written as an &lt;img&gt; tag rather than as ![alt](src).</param>
public sealed record ContentImage(string Source, string? Alt, SourceLocation Location, bool IsRawHtml);
