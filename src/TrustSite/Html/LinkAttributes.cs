namespace TrustSite.Html;

/// <summary>The attributes every external link and content image gets, whether it came from Markdown or raw HTML.</summary>
public static class LinkAttributes
{
    /// <summary>noopener stops the other site from reaching back into this tab through window.opener.</summary>
    public const string ExternalRel = "noopener";
}
