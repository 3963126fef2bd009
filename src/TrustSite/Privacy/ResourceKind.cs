namespace TrustSite.Privacy;

/// <summary>What a page asks another host for.</summary>
public enum ResourceKind
{
    Script,
    Style,
    Image,
    Font,
    Frame,
    Form,
    /// <summary>A connection opened in advance (preconnect, dns-prefetch, prefetch): the host learns of the visit before anything is shown.</summary>
    Hint,
    Media,
    Other,
}
