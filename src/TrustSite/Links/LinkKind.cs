namespace TrustSite.Links;

public enum LinkKind
{
    /// <summary>Another site: http(s) or protocol-relative.</summary>
    External,

    /// <summary>mailto:, tel:, or a fragment on the same page: left as written.</summary>
    Unchanged,

    /// <summary>A page or file of this site, rewritten to its published URL.</summary>
    Internal,

    /// <summary>A link that cannot work: a missing file, an unpublished page, or an unsafe scheme.</summary>
    Broken,
}
