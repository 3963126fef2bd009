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
            var text = t_text ??= new StringBuilder(256);
            text.Clear();
            PlainText.Append(text, heading.Inline);
            headings.Add(new Heading(heading.Level, Trimmed(text), id) { Location = LocationOf(heading, document) });
            if (addAnchors && !HasLink(heading.Inline))
            {
                Wrap(heading.Inline, id);
            }
        }
        return headings.ToImmutable();
    }

    // Each worker's heading text, reused: only the trimmed string is kept.
    [ThreadStatic]
    private static StringBuilder? t_text;

    private static string Trimmed(StringBuilder text)
    {
        var (start, end) = (0, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return text.ToString(start, end - start);
    }

    /// <summary>Whether the heading's text already holds a link, looked for without Markdig's allocating Descendants iterator.</summary>
    private static bool HasLink(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline || inline is ContainerInline nested && HasLink(nested))
            {
                return true;
            }
        }
        return false;
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
