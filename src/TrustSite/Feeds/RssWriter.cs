using System.Globalization;
using System.Text;
using System.Xml;

namespace TrustSite.Feeds;

/// <summary>Writes RSS 2.0 with XmlWriter, so escaping is right by construction; dates in RFC 822 with their offset.</summary>
public static class RssWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static string Write(FeedChannel channel)
    {
        return FeedXml.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, Atom);
            xml.WriteAttributeString("xmlns", "content", null, Content);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("link", channel.HomeUrl);
            xml.WriteElementString("description", channel.Description);
            xml.WriteElementString("language", channel.Language);
            xml.WriteElementString("generator", channel.Generator);
            xml.WriteElementString("lastBuildDate", Rfc822(channel.Updated));
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("href", channel.AbsoluteUrl(FeedChannel.RssFile));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in channel.Entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", entry.Url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(entry.Id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.Published));
                if (entry.Author is { } author)
                {
                    xml.WriteElementString("creator", DublinCore, author);
                }
                foreach (var category in entry.Categories)
                {
                    xml.WriteElementString("category", category);
                }
                // RSS readers show the description as HTML, so the plain-text summary is HTML-escaped before the XML
                // escaping; otherwise a summary such as "<img onerror=...>" would become markup in the reader.
                xml.WriteElementString("description", System.Net.WebUtility.HtmlEncode(entry.Summary));
                if (entry.ContentHtml is { } content)
                {
                    xml.WriteStartElement("encoded", Content);
                    xml.WriteCData(content.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>"Wed, 08 May 2023 09:00:00 -0400": RFC 822 with a four-digit year and a numeric offset.</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + sign + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
    }
}
