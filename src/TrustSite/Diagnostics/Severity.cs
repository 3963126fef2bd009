namespace TrustSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
