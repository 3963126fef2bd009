using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TrustSite.Privacy;

/// <summary>Finds everything in an HTML page (or an SVG file) that makes the browser contact a host: elements that fetch,
/// resource hints, forms, refreshes, styles and scripts.</summary>
internal sealed class HtmlScanner
{
    private readonly FileScan _file;
    private readonly Uri _base;

    private HtmlScanner(FileScan file, Uri baseUri) => (_file, _base) = (file, baseUri);

    public static void Scan(FileScan file)
    {
        // Scripting off, as in a browser without JavaScript: <noscript> content is parsed and audited too.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(file.Text);
        var scanner = new HtmlScanner(file, BaseOf(document, file.Address));
        foreach (var element in Elements(document))
        {
            scanner.Visit(element);
        }
    }

    /// <summary>Every element, those inside &lt;template&gt; too, which scripts may insert later.</summary>
    private static IEnumerable<IElement> Elements(IParentNode root)
    {
        foreach (var element in root.QuerySelectorAll("*"))
        {
            yield return element;
            if (element is IHtmlTemplateElement template)
            {
                foreach (var inner in Elements(template.Content))
                {
                    yield return inner;
                }
            }
        }
    }

    // A <base href> on another host sends every relative address there.
    private static Uri BaseOf(IDocument document, Uri page) =>
        document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(page, href.Trim(), out var resolved)
            && resolved.Scheme is "http" or "https" ? resolved : page;

    private void Visit(IElement element)
    {
        var tag = new Lazy<StartTag>(() => StartTag.Read(_file.Text, OffsetOf(element)));
        var isSvg = element.NamespaceUri == NamespaceNames.SvgUri;
        switch (element.LocalName)
        {
            case "script" when isSvg:
                Href(element, tag, ResourceKind.Script, "svg script href");
                InlineScript(element, tag);
                break;
            case "script":
                Attribute(element, tag, "src", ResourceKind.Script, "script src");
                InlineScript(element, tag);
                break;
            case "style":
                InlineStyle(element, tag);
                break;
            case "link":
                Link(element, tag);
                break;
            case "img":
                Attribute(element, tag, "src", ResourceKind.Image, "img src");
                Srcset(element, tag, ResourceKind.Image, "img srcset");
                break;
            case "source":
                Source(element, tag);
                break;
            case "video":
                Attribute(element, tag, "src", ResourceKind.Media, "video src");
                Attribute(element, tag, "poster", ResourceKind.Image, "video poster");
                break;
            case "audio" or "track":
                Attribute(element, tag, "src", ResourceKind.Media, element.LocalName + " src");
                break;
            case "iframe" or "frame" or "embed":
                Attribute(element, tag, "src", ResourceKind.Frame, element.LocalName + " src");
                break;
            case "object":
                Attribute(element, tag, "data", ResourceKind.Frame, "object data");
                break;
            case "form":
                Attribute(element, tag, "action", ResourceKind.Form, "form action");
                break;
            case "button" or "input":
                Attribute(element, tag, "formaction", ResourceKind.Form, element.LocalName + " formaction");
                if (element.GetAttribute("type") is { } type && type.Equals("image", StringComparison.OrdinalIgnoreCase))
                {
                    Attribute(element, tag, "src", ResourceKind.Image, "input src");
                }
                break;
            case "meta":
                Refresh(element, tag);
                break;
            case "a" or "area":
                Ping(element, tag);
                break;
            case "image" or "feImage" or "use" when isSvg:
                Href(element, tag, ResourceKind.Image, "svg " + element.LocalName + " href");
                break;
        }
        InlineStyleAndHandlers(element, tag);
    }

    private void Attribute(IElement element, Lazy<StartTag> tag, string name, ResourceKind kind, string via)
    {
        if (element.GetAttribute(name) is { } value)
        {
            _file.Reference(value, _base, kind, via, tag.Value.ValueOffset(name));
        }
    }

    // SVG writes href or, in older files, xlink:href; the parser names both "href", the second in the XLink namespace.
    private void Href(IElement element, Lazy<StartTag> tag, ResourceKind kind, string via)
    {
        if (element.Attributes.FirstOrDefault(a => a.LocalName == "href") is { } href)
        {
            var written = href.NamespaceUri == NamespaceNames.XLinkUri ? "xlink:href" : "href";
            _file.Reference(href.Value, _base, kind, via, tag.Value.ValueOffset(written));
        }
    }

    private void Srcset(IElement element, Lazy<StartTag> tag, ResourceKind kind, string via)
    {
        if (element.GetAttribute("srcset") is not { } value)
        {
            return;
        }
        var origin = tag.Value.ValueOffset("srcset");
        var exact = tag.Value.RawValue(_file.Text, "srcset") == value;
        foreach (var (offset, url) in SrcsetParser.Parse(value))
        {
            _file.Reference(url, _base, kind, via, exact ? origin + offset : origin);
        }
    }

    private void Source(IElement element, Lazy<StartTag> tag)
    {
        if (element.ParentElement?.LocalName is "video" or "audio")
        {
            Attribute(element, tag, "src", ResourceKind.Media, "source src");
        }
        else
        {
            Srcset(element, tag, ResourceKind.Image, "source srcset");
        }
    }

    private void Link(IElement element, Lazy<StartTag> tag)
    {
        var rels = (element.GetAttribute("rel") ?? "").ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (LinkKinds.Of(rels, element.GetAttribute("as")) is { } found)
        {
            Attribute(element, tag, "href", found.Kind, "link rel=" + found.Rel);
            Srcset(element, tag, found.Kind, "link imagesrcset");
        }
    }

    private void Refresh(IElement element, Lazy<StartTag> tag)
    {
        if (!"refresh".Equals(element.GetAttribute("http-equiv")?.Trim(), StringComparison.OrdinalIgnoreCase)
            || element.GetAttribute("content") is not { } content || MetaRefresh.Parse(content) is not { } target)
        {
            return;
        }
        var origin = tag.Value.ValueOffset("content");
        var exact = tag.Value.RawValue(_file.Text, "content") == content;
        _file.Reference(target.Url, _base, ResourceKind.Other, "meta refresh", exact ? origin + target.Offset : origin);
    }

    // <a ping="..."> reports each click to the addresses it lists.
    private void Ping(IElement element, Lazy<StartTag> tag)
    {
        foreach (var url in (element.GetAttribute("ping") ?? "").Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            _file.Reference(url, _base, ResourceKind.Other, element.LocalName + " ping", tag.Value.ValueOffset("ping"));
        }
    }

    private void InlineScript(IElement element, Lazy<StartTag> tag)
    {
        if (element.HasAttribute("src") || !IsJavaScript(element.GetAttribute("type")) || string.IsNullOrWhiteSpace(element.TextContent))
        {
            return;
        }
        var offset = ContentOffset(element, tag);
        _file.Script(element.TextContent, _base, offset >= 0 ? offset : tag.Value.Start, exact: offset >= 0);
    }

    private void InlineStyle(IElement element, Lazy<StartTag> tag)
    {
        var offset = ContentOffset(element, tag);
        _file.Css(element.TextContent, _base, offset >= 0 ? offset : tag.Value.Start, exact: offset >= 0);
    }

    private void InlineStyleAndHandlers(IElement element, Lazy<StartTag> tag)
    {
        foreach (var attribute in element.Attributes)
        {
            var isStyle = attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase);
            var isHandler = attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Name.Length > 2;
            if (!isStyle && !isHandler)
            {
                continue;
            }
            var origin = tag.Value.ValueOffset(attribute.Name);
            var exact = tag.Value.RawValue(_file.Text, attribute.Name) == attribute.Value;
            if (isStyle)
            {
                _file.Css(attribute.Value, _base, origin, exact);
            }
            else
            {
                _file.Script(attribute.Value, _base, origin, exact);
            }
        }
    }

    /// <summary>Where a script's or style's text starts in the source, or -1 when the source does not hold it as parsed.</summary>
    private int ContentOffset(IElement element, Lazy<StartTag> tag)
    {
        const string CData = "<![CDATA[";
        var text = element.TextContent;
        var end = tag.Value.End;
        if (string.CompareOrdinal(_file.Text, end, text, 0, text.Length) == 0)
        {
            return end;
        }
        // SVG's <script><![CDATA[ ... ]]></script> holds the script one marker further on.
        return _file.Text.AsSpan(end).StartsWith(CData) && string.CompareOrdinal(_file.Text, end + CData.Length, text, 0, text.Length) == 0
            ? end + CData.Length
            : -1;
    }

    /// <summary>The offset of the element's '&lt;'; elements AngleSharp gives no position (an &lt;svg&gt; root) take their parent's.</summary>
    private int OffsetOf(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.SourceReference?.Position is { } position)
            {
                var offset = _file.Lines.OffsetOf(position.Line, position.Column);
                if (offset >= 0 && offset < _file.Text.Length && _file.Text[offset] == '<')
                {
                    return offset;
                }
            }
        }
        return 0;
    }

    private static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Trim().Equals("module", StringComparison.OrdinalIgnoreCase)
        || type.Contains("javascript", StringComparison.OrdinalIgnoreCase) || type.Contains("ecmascript", StringComparison.OrdinalIgnoreCase);
}
