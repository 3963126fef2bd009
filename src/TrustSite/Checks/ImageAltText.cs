using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>Warns about an image without alt text: a screen reader has nothing to read, and nothing shows when the image cannot load.</summary>
/// <remarks>An &lt;img&gt; with alt="" is taken as decoration, as HTML intends; Markdown has no such mark, so ![](photo.jpg) is always reported.</remarks>
public sealed class ImageAltText : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        foreach (var image in input.Documents.SelectMany(d => d.Images))
        {
            if (!image.IsRawHtml && string.IsNullOrWhiteSpace(image.Alt))
            {
                diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, image.Location, $"the image {image.Source} has no alt text",
                    "describe what it shows between the brackets, like ![Two hands around a cup of coffee](photo.jpg); screen readers read it aloud");
            }
            else if (image.IsRawHtml && image.Alt is null)
            {
                diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, image.Location, $"the image {image.Source} has no alt attribute",
                    "add alt=\"...\" describing what it shows, or alt=\"\" if it is only decoration");
            }
        }
    }
}
