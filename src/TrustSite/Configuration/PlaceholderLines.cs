using TrustSite.Diagnostics;

namespace TrustSite.Configuration;

/// <summary>
/// Lines of site.yml still marked PLACEHOLDER, in a value or in the comment after a setting: warned about when building for
/// production, so that CI with --strict refuses to publish forms that post to a made-up account.
/// </summary>
/// <remarks>Comment-only lines are explanations ("lines marked PLACEHOLDER need…"), not settings, and are left alone.</remarks>
public static class PlaceholderLines
{
    public const string Marker = "PLACEHOLDER";

    public static void Warn(string text, string environment, DiagnosticBag diagnostics)
    {
        if (environment != "production")
        {
            return;
        }
        var lineNumber = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var column = line.IndexOf(Marker, StringComparison.Ordinal);
            if (column < 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var key = line.TrimStart().Split(':', 2)[0].TrimStart('-', ' ');
            diagnostics.Warning(DiagnosticCodes.ConfigPlaceholder, new SourceLocation(SiteConfigLoader.FileName, lineNumber, column + 1),
                $"'{key}' is still a placeholder, and a production build would publish it",
                "put the ministry's real value here and remove the PLACEHOLDER mark; --strict refuses to publish until then");
        }
    }
}
