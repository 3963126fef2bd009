using TrustSite.Diagnostics;
using TrustSite.Urls;

namespace TrustSite.Checks;

/// <summary>Warns when the front matter's `image:` names a file the site will not have: share cards and article lists would show a broken image.</summary>
/// <remarks>Images in the text are checked with the links (TS3003), as a build that points at a missing file is an error.</remarks>
public sealed class FrontMatterImages : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        foreach (var document in input.Documents)
        {
            var frontMatter = document.Published.Document.FrontMatter;
            if (frontMatter.Image is not { } image || SafeUrl.HasScheme(image) || image.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            // As the templates read it: a bare file name sits beside the page, anything with a '/' is a path from the site's root.
            var sitePath = image.Contains('/') ? "/" + image.TrimStart('/') : document.Url + image;
            if (!input.Serves(sitePath))
            {
                diagnostics.Warning(DiagnosticCodes.FrontMatterImageMissing,
                    FrontMatterLocation.Of(document, "image"),
                    $"the image '{image}' is missing: the site has no file at {sitePath}",
                    "check the file's name (capitals count); a bare name like photo.jpg is looked for beside the article, in a page bundle");
            }
        }
    }
}
