using AngleSharp.Html.Parser;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Converts the HTML WordPress stores (classic or block editor) into readable Markdown by walking its DOM.</summary>
public sealed class HtmlToMarkdownConverter
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    public ConversionResult Convert(string html, IConversionLinks links)
    {
        var issues = new List<ConversionIssue>();
        // WordPress shows block-editor content as saved, and classic content through wpautop; so do we.
        var hasBlocks = GutenbergBlocks.HasBlocks(html);
        var text = hasBlocks ? GutenbergBlocks.Strip(html, links, issues) : html;
        text = ShortcodeExpander.Expand(text, issues);
        if (!hasBlocks)
        {
            text = WpAutoP.Apply(text);
        }
        var document = new HtmlParser(Options).ParseDocument(text);
        var markdown = new DomWalker(links, issues).Convert(document.Body!);
        return new ConversionResult(markdown, [.. issues]);
    }
}
