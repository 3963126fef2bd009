using TrustSite.Diagnostics;

namespace TrustSite.Links;

/// <summary>Checks that every link found in content leads to a page or file of the finished site, and to a heading that exists.</summary>
public static class LinkChecker
{
    public static void Check(IEnumerable<LinkReference> references, Func<string, bool> serves,
        IReadOnlyDictionary<string, IReadOnlySet<string>> anchorsByContentPath, DiagnosticBag diagnostics)
    {
        foreach (var reference in references)
        {
            if (reference.Path is { } path && !serves(path) && reference.IsImage)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Location, $"missing image: the site has no file at {path}",
                    "check the file's name (capitals count); an image named alone, like ![…](photo.jpg), sits beside the article's Markdown file");
            }
            else if (reference.Path is { } missing && !serves(missing))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Location, $"broken link: the site has no page or file at {missing}",
                    "link to the Markdown file instead, like [text](other-article.md), and TrustSite will find its address");
            }
            if (reference is { TargetContentPath: { } target, Anchor: { } anchor }
                && anchorsByContentPath.TryGetValue(target, out var anchors) && !anchors.Contains(anchor))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Location, $"broken link: content/{target} has no heading or id \"{anchor}\"",
                    DidYouMean.Hint(anchor, anchors) ?? "a heading's id is its text in lower case with '-' between words: ## Rebuild trust is #rebuild-trust");
            }
        }
    }
}
