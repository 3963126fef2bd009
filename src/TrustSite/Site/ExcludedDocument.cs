using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>A document this build leaves out, and why; links to it get a precise message.</summary>
public sealed record ExcludedDocument(Document Document, ExclusionReason Reason);
