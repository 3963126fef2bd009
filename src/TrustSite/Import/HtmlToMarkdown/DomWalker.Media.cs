using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using TrustSite.Urls;

namespace TrustSite.Import.HtmlToMarkdown;

internal sealed partial class DomWalker
{
    /// <summary>Block-editor figures: an image (with its caption), a gallery, or a wrapper around a table, embed or quote.</summary>
    private IEnumerable<MarkdownBlock> Figure(IElement figure)
    {
        var images = figure.QuerySelectorAll("img");
        var classes = figure.ClassList;
        if (classes.Contains("wp-block-gallery") || images.Length > 1 && figure.QuerySelector("figure, li") is not null)
        {
            var gallery = Gallery([.. images.Select(i => new GalleryImage(i.GetAttribute("src") ?? "", i.GetAttribute("alt") ?? ""))]);
            var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption") is { } fc ? InlineText(fc) : "";
            return Present(new MarkdownBlock(gallery, MarkdownBlockKind.Other), caption);
        }
        var hasOtherContent = figure.QuerySelector("table, blockquote, pre, iframe, video, audio, ul, ol, ts-embed") is not null;
        if (images.Length == 1 && !hasOtherContent)
        {
            var caption = figure.QuerySelector("figcaption") is { } fc ? InlineText(fc) : "";
            return [ImageWithCaption(images[0], caption)];
        }
        return Blocks(figure);
    }

    /// <summary>[caption]: the image it holds, with the caption attribute or the text after the image.</summary>
    private IEnumerable<MarkdownBlock> CaptionShortcode(IElement placeholder)
    {
        var image = placeholder.QuerySelector("img");
        if (image is null)
        {
            return Blocks(placeholder);
        }
        var rest = (IElement)placeholder.Clone(deep: true);
        var restImage = rest.QuerySelector("img")!;
        var wrapper = restImage.ParentElement is { LocalName: "a" } a && a.TextContent.Trim().Length == 0 ? a : restImage;
        wrapper.Remove();
        var caption = placeholder.GetAttribute("data-caption") is { Length: > 0 } attribute
            ? MarkdownText.Escape(attribute.Trim())
            : InlineText(rest);
        return [ImageWithCaption(image, caption)];
    }

    private MarkdownBlock ImageWithCaption(IElement image, string caption)
    {
        var markdown = new StringBuilder();
        Inline(image.ParentElement is { LocalName: "a" } link && link.QuerySelectorAll("img").Length == 1 ? link : image, markdown);
        if (caption.Length == 0 || markdown.Length == 0)
        {
            return new MarkdownBlock(markdown.ToString().Trim(), MarkdownBlockKind.Paragraph);
        }
        var src = links.Image((image.GetAttribute("src") ?? "").Trim());
        var alt = (image.GetAttribute("alt") ?? "").Trim();
        return new MarkdownBlock($"{{{{< figure src={Quote(src)} alt={Quote(alt)} caption={Quote(caption)} >}}}}", MarkdownBlockKind.Paragraph);
    }

    /// <summary>[gallery ids="1,2"] or [gallery] for the post's attached images.</summary>
    private string GalleryShortcode(IElement placeholder)
    {
        List<long>? ids = null;
        if (placeholder.GetAttribute("data-ids") is { } list)
        {
            ids = [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0)];
        }
        var images = links.Gallery(ids);
        if (images.Count == 0)
        {
            issues.Add(new ConversionIssue(ConversionIssueKind.Missing, "a [gallery] whose images are not in the export was left out"));
            return "";
        }
        return Gallery(images);
    }

    private string Gallery(IReadOnlyList<GalleryImage> images)
    {
        var lines = images.Where(i => i.Url.Length > 0)
            .Select(i => $"![{MarkdownText.Escape(i.Alt.Trim())}]({MarkdownText.Destination(links.Image(i.Url))})");
        return "{{< gallery >}}\n" + string.Join('\n', lines) + "\n{{< /gallery >}}";
    }

    /// <summary>An embedded video becomes a plain link: the site loads nothing from other companies.</summary>
    private static string EmbedLink(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }
        return SafeUrl.IsAbsoluteHttp(trimmed) && !trimmed.Any(c => c is ' ' or '<' or '>')
            ? $"<{trimmed}>"
            : MarkdownText.Escape(trimmed);
    }

    private string Iframe(IElement iframe)
    {
        var src = iframe.GetAttribute("src")?.Trim() ?? "";
        if (src.StartsWith("//", StringComparison.Ordinal))
        {
            src = "https:" + src;
        }
        if (!SafeUrl.IsAbsoluteHttp(src))
        {
            issues.Add(new ConversionIssue(ConversionIssueKind.Replaced, "an <iframe> without an address was left out"));
            return "";
        }
        var watch = VideoAddress.WatchUrl(src) ?? src;
        issues.Add(new ConversionIssue(ConversionIssueKind.Replaced, $"an <iframe> from {new Uri(src).Host} was replaced by a link"));
        return EmbedLink(watch);
    }

    /// <summary>A shortcode parameter in double quotes; quotes and backslashes inside are escaped with a backslash.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace('\n', ' ').Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<MarkdownBlock> Present(MarkdownBlock block, string caption) =>
        caption.Length == 0 ? [block] : [block, new MarkdownBlock(caption, MarkdownBlockKind.Paragraph)];
}
