namespace TrustSite.Site;

/// <summary>Why a document is not published in this build.</summary>
public enum ExclusionReason
{
    Draft,
    Future,
    Expired,
}
