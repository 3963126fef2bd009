using System.Text;
using System.Xml;

namespace TrustSite.Feeds;

/// <summary>Writes an Atom 1.0 feed with XmlWriter: ids are the permanent addresses, dates in RFC 3339.</summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(FeedChannel channel)
    {
        return FeedXml.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, channel.Language);
            xml.WriteElementString("id", Atom, channel.AbsoluteUrl(FeedChannel.AtomFile));
            xml.WriteElementString("title", Atom, channel.Title);
            xml.WriteElementString("subtitle", Atom, channel.Description);
            xml.WriteElementString("updated", Atom, FeedXml.Rfc3339(channel.Updated));
            Link(xml, channel.HomeUrl, "alternate", "text/html");
            Link(xml, channel.AbsoluteUrl(FeedChannel.AtomFile), "self", "application/atom+xml");
            xml.WriteElementString("generator", Atom, channel.Generator);
            Author(xml, channel.Author ?? channel.Title);
            foreach (var entry in channel.Entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, entry.Id);
                xml.WriteElementString("title", Atom, entry.Title);
                Link(xml, entry.Url, "alternate", "text/html");
                xml.WriteElementString("published", Atom, FeedXml.Rfc3339(entry.Published));
                xml.WriteElementString("updated", Atom, FeedXml.Rfc3339(entry.Updated));
                if (entry.Author is { } author)
                {
                    Author(xml, author);
                }
                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", Atom, entry.Summary);
                if (entry.ContentHtml is { } content)
                {
                    xml.WriteStartElement("content", Atom);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(content);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }
}
