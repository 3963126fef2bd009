using TrustSite.Diagnostics;
using TrustSite.Markdown;

namespace TrustSite.Checks;

/// <summary>Warns when two published documents of one language share a title: in search results, lists and feeds they cannot be told apart.</summary>
/// <remarks>The older document keeps its title and the newer one is reported; capitals and surrounding spaces do not make a title different.</remarks>
public sealed class DuplicateTitles : IContentCheck
{
    public void Check(CheckInput input, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, RenderedDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in DocumentOrder.OldestFirst(input.Documents))
        {
            var key = document.Published.Document.Language + "\n" + document.Title.Trim();
            if (!first.TryAdd(key, document))
            {
                var original = first[key];
                diagnostics.Warning(DiagnosticCodes.DuplicateTitle, FrontMatterLocation.Of(document, "title"),
                    $"another page already has the title \"{document.Title.Trim()}\"",
                    $"{FrontMatterLocation.Of(original, "title")} has it too; readers and search engines cannot tell the two apart, so give this one its own title");
            }
        }
    }
}
