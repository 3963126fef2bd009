using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TrustSite.Diagnostics;

namespace TrustSite.Import.WordPress;

/// <summary>Reads a WordPress export (WXR 1.0 to 1.2) into a <see cref="WxrExport"/>; a broken file is a diagnostic with its line.</summary>
public sealed class WxrReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD can pull in other files; control characters that old WordPress versions let through are tolerated.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreProcessingInstructions = true,
    };

    /// <param name="displayPath">The export's path as the user wrote it, for diagnostics.</param>
    public WxrExport? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(fullPath, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            diagnostics.Error(DiagnosticCodes.ImportMalformedExport, new SourceLocation(displayPath, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)),
                $"the export is not well-formed XML: {Explain(e)}", "export the site again from WordPress (Tools → Export), or fix the file at this line");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadableExport, SourceLocation.File(displayPath), $"cannot read the export: {e.Message}");
            return null;
        }
        return Interpret(document, displayPath, diagnostics);
    }

    private static WxrExport? Interpret(XDocument document, string displayPath, DiagnosticBag diagnostics)
    {
        var root = document.Root!;
        var wp = root.Attributes().Where(a => a.IsNamespaceDeclaration)
            .Select(a => a.Value).FirstOrDefault(IsWordPressNamespace);
        var channel = root.Element("channel");
        if (root.Name.LocalName != "rss" || channel is null || wp is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportNotAnExport, At(root, displayPath),
                "this XML file is not a WordPress export (WXR): it needs an <rss> root with a <channel> and the wp: namespace",
                "in WordPress, use Tools → Export → All content, and import the file it downloads");
            return null;
        }
        var ns = (XNamespace)wp;
        var excerpt = (XNamespace)(wp.TrimEnd('/') + "/excerpt/");
        var siteUrl = Text(channel.Element(ns + "base_blog_url")) is { Length: > 0 } blog ? blog : Text(channel.Element("link"));
        return new WxrExport(
            Text(channel.Element("title")),
            siteUrl.TrimEnd('/'),
            Text(channel.Element("generator")),
            [.. channel.Elements(ns + "author").Select(a => new WxrAuthor(Text(a.Element(ns + "author_login")), Text(a.Element(ns + "author_display_name"))))],
            [.. ReadTerms(channel, ns)],
            [.. channel.Elements("item").Select(item => ReadItem(item, ns, excerpt))]);
    }

    private static IEnumerable<WxrTerm> ReadTerms(XElement channel, XNamespace ns)
    {
        foreach (var category in channel.Elements(ns + "category"))
        {
            yield return new WxrTerm("category", Text(category.Element(ns + "category_nicename")), Text(category.Element(ns + "cat_name")),
                Text(category.Element(ns + "category_parent")));
        }
        foreach (var tag in channel.Elements(ns + "tag"))
        {
            yield return new WxrTerm("post_tag", Text(tag.Element(ns + "tag_slug")), Text(tag.Element(ns + "tag_name")), "");
        }
        foreach (var term in channel.Elements(ns + "term"))
        {
            yield return new WxrTerm(Text(term.Element(ns + "term_taxonomy")), Text(term.Element(ns + "term_slug")), Text(term.Element(ns + "term_name")),
                Text(term.Element(ns + "term_parent")));
        }
    }

    private static WxrItem ReadItem(XElement item, XNamespace ns, XNamespace excerpt)
    {
        string Wp(string name) => Text(item.Element(ns + name));
        var meta = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var entry in item.Elements(ns + "postmeta"))
        {
            // The first value wins, as WordPress's get_post_meta($id, $key, true) does.
            meta.TryAdd(Text(entry.Element(ns + "meta_key")), Text(entry.Element(ns + "meta_value")));
        }
        return new WxrItem(
            ((IXmlLineInfo)item).LineNumber,
            Number(Wp("post_id")),
            Text(item.Element("title")),
            Text(item.Element("link")),
            Text(item.Element("guid")),
            Text(item.Element(Dc + "creator")),
            Text(item.Element(Content + "encoded")),
            Text(item.Element(excerpt + "encoded")),
            Wp("post_type"),
            Wp("status"),
            Wp("post_name"),
            Wp("post_date"),
            Wp("post_date_gmt"),
            Wp("post_modified"),
            Wp("post_modified_gmt"),
            Number(Wp("post_parent")),
            (int)Math.Clamp(Number(Wp("menu_order")), int.MinValue, int.MaxValue),
            Wp("post_password"),
            Wp("attachment_url"),
            [.. item.Elements("category").Select(c => new WxrItemTerm((string?)c.Attribute("domain") ?? "", (string?)c.Attribute("nicename") ?? "", c.Value.Trim()))],
            meta.ToImmutable(),
            [.. item.Elements(ns + "comment").Select(c => ReadComment(c, ns))]);
    }

    private static WxrComment ReadComment(XElement comment, XNamespace ns)
    {
        string Wp(string name) => Text(comment.Element(ns + name));
        return new WxrComment(Wp("comment_author"), Wp("comment_date"), Wp("comment_date_gmt"), Wp("comment_content"),
            Wp("comment_approved"), Wp("comment_type"));
    }

    private static bool IsWordPressNamespace(string uri) =>
        uri.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) && !uri.EndsWith("/excerpt/", StringComparison.Ordinal);

    // Control characters other than tab and newline are what CheckCharacters would have refused; they never belong in content.
    private static string Text(XElement? element)
    {
        var value = element?.Value ?? "";
        return value.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r'))
            ? new string([.. value.Where(c => !char.IsControl(c) || c is '\n' or '\t' or '\r')])
            : value;
    }

    private static long Number(string text) =>
        long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static SourceLocation At(XElement element, string path) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(path, info.LineNumber, info.LinePosition) : new SourceLocation(path, 1, 1);

    private static string Explain(XmlException e)
    {
        // XmlException repeats the position at the end of its message; the diagnostic already shows it.
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "unknown error";
    }
}
