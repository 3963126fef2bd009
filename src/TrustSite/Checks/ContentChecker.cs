using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>Runs the content checks, once links are checked: problems that leave the site buildable but worse to read or find.</summary>
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

    /// <remarks>The rules only read the site, and the bag sorts what they report, so they run side by side.</remarks>
    public static void Check(CheckInput input, DiagnosticBag diagnostics) =>
        Parallel.ForEach(Rules, rule => rule.Check(input, diagnostics));
}
