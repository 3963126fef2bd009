namespace TrustSite.Cli;

/// <summary>The process exit codes, stable for CI scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SiteErrors = 1;
    public const int BadCommandLine = 2;
}
