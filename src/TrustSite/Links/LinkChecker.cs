using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Links;

/// <summary>Checks that every internal link found in content leads to a page or file of the finished site.</summary>
public static class LinkChecker
{
    public static void Check(IEnumerable<LinkReference> references, Func<string, bool> serves, DiagnosticBag diagnostics)
    {
        foreach (var reference in references)
        {
            if (!serves(reference.Path))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Location, $"broken link: the site has no page or file at {reference.Path}",
                    "link to the Markdown file instead, like [text](other-article.md), and TrustSite will find its address");
            }
        }
    }
}
