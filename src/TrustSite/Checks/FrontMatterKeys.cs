using TrustSite.Content;
using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>Warns about a front matter key one slip away from a known one (`titel`, `tag`); any other unknown key is the author's own value for the theme.</summary>
/// <remarks>Unknown keys still reach templates as page.params, so posts from Hugo or Jekyll build unchanged; keys under `params:` are never checked.</remarks>
public sealed class FrontMatterKeys : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        var known = FrontMatterParser.KnownKeys.Concat(input.Config.Taxonomies).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var document in input.Documents)
        {
            foreach (var (key, location) in document.Published.Document.FrontMatter.CustomKeys)
            {
                if (DidYouMean.Suggest(key, known) is { } suggestion)
                {
                    diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, location, $"unknown front matter key '{key}'",
                        $"did you mean '{suggestion}'? A value of your own for the theme can go under 'params:', where keys are not checked");
                }
            }
        }
    }
}
