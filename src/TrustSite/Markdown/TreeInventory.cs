using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TrustSite.Markdown;

/// <summary>The nodes of a parsed body that the later steps read, found in one walk of the tree, in document order.</summary>
/// <remarks>
/// Word counts, images, links, headings and footnotes each used to walk the whole tree; one walk that sorts the nodes out
/// costs a fraction of that (the bench's profile had those walks cost as much as Markdig's own parse).
/// </remarks>
public sealed class TreeInventory
{
    private TreeInventory()
    {
    }

    /// <summary>Every leaf block: paragraphs, headings, code; where the words are.</summary>
    public List<LeafBlock> Leaves { get; } = [];

    public List<HeadingBlock> Headings { get; } = [];

    /// <summary>Links, images, autolinks and raw HTML (inline and block), in the order they were written.</summary>
    public List<MarkdownObject> References { get; } = [];

    public List<Footnote> Footnotes { get; } = [];

    /// <summary>True when the author wrote raw HTML, which only an HTML parser reads right.</summary>
    public bool HasRawHtml { get; private set; }

    public static TreeInventory Take(MarkdownDocument tree)
    {
        var inventory = new TreeInventory();
        inventory.Walk(tree);
        return inventory;
    }

    private void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Footnote footnote:
                    Footnotes.Add(footnote);
                    Walk(footnote);
                    break;
                case ContainerBlock nested:
                    Walk(nested);
                    break;
                case LeafBlock leaf:
                    Leaves.Add(leaf);
                    if (leaf is HeadingBlock heading)
                    {
                        Headings.Add(heading);
                    }
                    if (leaf is HtmlBlock)
                    {
                        HasRawHtml = true;
                        References.Add(leaf);
                    }
                    if (leaf.Inline is { } inline)
                    {
                        Walk(inline);
                    }
                    break;
            }
        }
    }

    private void Walk(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline or AutolinkInline:
                    References.Add(inline);
                    break;
                case HtmlInline:
                    HasRawHtml = true;
                    References.Add(inline);
                    break;
            }
            if (inline is ContainerInline nested)
            {
                Walk(nested);
            }
        }
    }
}
