using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>Runs the content checks, in a fixed order, once links are checked: problems that leave the site buildable but worse to read or find.</summary>
public static class ContentChecker
{
    public static ImmutableArray<IContentCheck> Rules { get; } =
    [
        new FrontMatterKeys(),
        new ImageAltText(),
        new FrontMatterImages(),
        new DuplicateTitles(),
        new DuplicateSlugs(),
        new SearchResultLengths(),
        new HeadingLevels(),
        new RetiredCrisisNumbers(),
    ];

    public static void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(input, diagnostics);
        }
    }
}
