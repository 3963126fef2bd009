namespace TrustSite.Diagnostics;

/// <summary>One problem found in the site's sources, with where it is and, when it helps, a hint to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;
}
