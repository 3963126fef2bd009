using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TrustSite.Diagnostics;
using TrustSite.Site;

namespace TrustSite.Markdown.Extensions;

/// <summary>Collects the headings for the table of contents, and makes each heading a link to itself so readers can share a section.</summary>
/// <remarks>The whole heading is the link: screen readers announce "link, heading text", with no extra "#" to read.</remarks>
public static class HeadingAnchors
{
    public static ImmutableArray<Heading> Collect(TreeInventory inventory, PublishedDocument document, bool addAnchors)
    {
        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in inventory.Headings)
        {
            var id = heading.TryGetAttributes()?.Id;
            if (id is null || heading.Inline is null)
            {
                continue;
            }
            var text = new StringBuilder();
            PlainText.Append(text, heading.Inline);
            headings.Add(new Heading(heading.Level, text.ToString().Trim(), id) { Location = LocationOf(heading, document) });
            if (addAnchors && !heading.Inline.Descendants<LinkInline>().Any())
            {
                Wrap(heading.Inline, id);
            }
        }
        return headings.ToImmutable();
    }

    private static SourceLocation LocationOf(HeadingBlock heading, PublishedDocument document)
    {
        var location = MarkdigLocation.At(document, heading);
        // Markdig dates a setext heading (text over a line of '=' or '-') from its underline; a reader looks for the text above it.
        return heading.IsSetext ? location with { Line = location.Line - 1 - heading.Inline!.Descendants<LineBreakInline>().Count() } : location;
    }

    private static void Wrap(ContainerInline inline, string id)
    {
        var link = new LinkInline($"#{id}", "");
        link.GetAttributes().AddClass("heading-anchor");
        while (inline.FirstChild is { } child)
        {
            child.Remove();
            link.AppendChild(child);
        }
        inline.AppendChild(link);
    }
}
