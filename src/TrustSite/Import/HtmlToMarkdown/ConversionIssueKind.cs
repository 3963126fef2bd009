namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>What kind of attention a converted document needs from its author.</summary>
public enum ConversionIssueKind
{
    /// <summary>Kept as raw HTML: the site shows it as text unless markdown.unsafe is set.</summary>
    RawHtml,

    /// <summary>A shortcode TrustSite does not know, kept as text.</summary>
    UnknownShortcode,

    /// <summary>Something from another company (an iframe) replaced by a plain link.</summary>
    Replaced,

    /// <summary>Something the content refers to but the export does not hold, such as a reusable block.</summary>
    Missing,
}
