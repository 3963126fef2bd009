using System.Text;
using System.Xml;

namespace TrustSite.Feeds;

/// <summary>The XML settings every feed and sitemap shares: UTF-8 without BOM, '\n' line breaks, indented for people who read them.</summary>
public static class FeedXml
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
    };

    /// <summary>Writes an XML document to a string that really is UTF-8 (a StringWriter would declare UTF-16).</summary>
    public static string Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = new XmlCharacterFilter(XmlWriter.Create(buffer, Settings)))
        {
            body(xml);
        }
        return new UTF8Encoding(false).GetString(buffer.ToArray()) + "\n";
    }

    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
