using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrustSite.Feeds;

/// <summary>Writes JSON Feed 1.1 with Utf8JsonWriter: items with their HTML, summary, dates, authors and tags.</summary>
public static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(FeedChannel channel)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.HomeUrl);
            json.WriteString("feed_url", channel.AbsoluteUrl(FeedChannel.JsonFile));
            json.WriteString("description", channel.Description);
            json.WriteString("language", channel.Language);
            if (channel.Author is { } author)
            {
                Authors(json, author);
            }
            json.WriteStartArray("items");
            foreach (var entry in channel.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("url", entry.Url);
                json.WriteString("title", entry.Title);
                if (entry.ContentHtml is { } content)
                {
                    json.WriteString("content_html", content);
                }
                else
                {
                    json.WriteString("content_text", entry.Summary);
                }
                json.WriteString("summary", entry.Summary);
                if (entry.Image is { } image)
                {
                    json.WriteString("image", image);
                }
                json.WriteString("date_published", FeedXml.Rfc3339(entry.Published));
                json.WriteString("date_modified", FeedXml.Rfc3339(entry.Updated));
                if (entry.Author is { } entryAuthor)
                {
                    Authors(json, entryAuthor);
                }
                json.WriteStartArray("tags");
                foreach (var category in entry.Categories)
                {
                    json.WriteStringValue(category);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Authors(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
