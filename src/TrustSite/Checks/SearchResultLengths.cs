using System.Globalization;
using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>Warns about titles past 60 characters and descriptions past 160: search results cut them there, often mid-word.</summary>
/// <remarks>
/// Without a description, the front matter's summary is what search engines get, so it is measured instead; a summary
/// TrustSite makes from the first words is not the author's to shorten. Pages kept out of search engines (noindex) are left out.
/// </remarks>
public sealed class SearchResultLengths : IContentCheck
{
    public const int TitleLimit = 60;
    public const int DescriptionLimit = 160;

    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        foreach (var document in input.Documents.Where(d => !d.Published.Document.FrontMatter.NoIndex))
        {
            CheckTitle(document, diagnostics);
            CheckDescription(document, diagnostics);
        }
    }

    private static void CheckTitle(RenderedDocument document, DiagnosticBag diagnostics)
    {
        var length = Length(document.Title);
        if (length > TitleLimit)
        {
            diagnostics.Warning(DiagnosticCodes.TitleTooLong, FrontMatterLocation.Of(document, "title"),
                $"the title is {length} characters long; search results show about {TitleLimit}, so its end would be cut off",
                "shorten it, or put the words a reader would search for first");
        }
    }

    private static void CheckDescription(RenderedDocument document, DiagnosticBag diagnostics)
    {
        var frontMatter = document.Published.Document.FrontMatter;
        if (frontMatter.Description is { } description)
        {
            var length = Length(description);
            if (length > DescriptionLimit)
            {
                diagnostics.Warning(DiagnosticCodes.DescriptionTooLong, FrontMatterLocation.Of(document, "description"),
                    $"the description is {length} characters long; search results show about {DescriptionLimit}, so its end would be cut off",
                    $"shorten it to {DescriptionLimit} characters or fewer");
            }
        }
        else if (frontMatter.Summary is { } summary && Length(summary) is var length && length > DescriptionLimit)
        {
            var key = frontMatter.Locations.ContainsKey("summary") ? "summary" : "excerpt";
            diagnostics.Warning(DiagnosticCodes.DescriptionTooLong, FrontMatterLocation.Of(document, key),
                $"the {key}, which search engines get as the description, is {length} characters long; search results show about {DescriptionLimit}, so its end would be cut off",
                $"add a 'description:' of {DescriptionLimit} characters or fewer for search engines; lists keep showing the {key}");
        }
    }

    // Characters as a reader counts them: "é" written as e and an accent is one.
    private static int Length(string text) => new StringInfo(text.Trim()).LengthInTextElements;
}
