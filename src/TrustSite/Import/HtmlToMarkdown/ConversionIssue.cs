namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>One thing in a document that could not be converted cleanly, described for the import report.</summary>
public sealed record ConversionIssue(ConversionIssueKind Kind, string Detail);
