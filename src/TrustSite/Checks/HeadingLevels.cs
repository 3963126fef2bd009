using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>Warns when headings skip a level (## then ####) or the text adds an h1 to a page whose layout already prints the title as one.</summary>
/// <remarks>Screen reader users move through a page by its headings, and the table of contents nests them: a skipped level reads as a missing section.</remarks>
public sealed class HeadingLevels : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        foreach (var document in input.Documents.Where(d => d.Headings.Length > 0))
        {
            var titleIsHeading = input.ShowsTitleAsHeading(document);
            // Under a title printed as h1 the text starts at h2; otherwise the first heading sets the starting level.
            var previous = titleIsHeading ? 1 : document.Headings[0].Level - 1;
            foreach (var heading in document.Headings)
            {
                if (heading.Level == 1 && titleIsHeading)
                {
                    diagnostics.Warning(DiagnosticCodes.SecondTitleHeading, heading.Location,
                        $"the heading \"{heading.Text}\" is a second h1: the layout already shows the title as the page's h1",
                        "start the text's sections at ## (h2)");
                }
                else if (heading.Level > previous + 1)
                {
                    diagnostics.Warning(DiagnosticCodes.HeadingLevelSkipped, heading.Location,
                        $"the heading \"{heading.Text}\" skips a level: h{heading.Level} after h{previous}",
                        $"use {new string('#', previous + 1)} (h{previous + 1}) here; readers who navigate by headings would think a section is missing");
                }
                previous = heading.Level;
            }
        }
    }
}
