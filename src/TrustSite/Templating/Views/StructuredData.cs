using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSite.Configuration;

namespace TrustSite.Templating.Views;

/// <summary>JSON-LD for search engines, written with a JSON writer so that escaping is right by construction.</summary>
public static class StructuredData
{
    // Relaxed, so accents and '+' stay readable; <, > and & are escaped afterwards, so the JSON can never close its script element.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The ministry as a schema.org ProfessionalService: how search engines show its name, phone and address.</summary>
    public static string Organization(SiteConfig config)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ProfessionalService");
            json.WriteString("name", config.Title);
            if (config.Description is { } description)
            {
                json.WriteString("description", description);
            }
            json.WriteString("url", config.BaseUrl.AbsoluteUri);
            if (config.Contact.Phone is { } phone)
            {
                json.WriteString("telephone", phone.E164);
            }
            if (config.Contact.Email is { } email)
            {
                json.WriteString("email", email);
            }
            json.WriteString("inLanguage", config.Language);
            if (config.Author.Name is { } name)
            {
                json.WriteStartObject("founder");
                json.WriteString("@type", "Person");
                json.WriteString("name", name);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return ForScriptElement(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>An article as a schema.org BlogPosting: headline, dates, author, image, publisher and the page it is.</summary>
    public static string BlogPosting(SiteConfig config, string headline, string permalink, DateTimeOffset? published, DateTimeOffset? modified,
        string? author, string? image, string description, string language)
    {
        return Json(json =>
        {
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "BlogPosting");
            json.WriteString("headline", headline);
            json.WriteString("description", description);
            json.WriteString("url", permalink);
            json.WriteString("mainEntityOfPage", permalink);
            json.WriteString("inLanguage", language);
            if (published is { } date)
            {
                json.WriteString("datePublished", Feeds.FeedXml.Rfc3339(date));
                json.WriteString("dateModified", Feeds.FeedXml.Rfc3339(modified ?? date));
            }
            if (image is not null)
            {
                json.WriteString("image", image);
            }
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", author ?? config.Title);
            json.WriteEndObject();
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", config.Title);
            json.WriteString("url", config.BaseUrl.AbsoluteUri);
            json.WriteEndObject();
        });
    }

    /// <summary>The trail from the home page to the page, as a schema.org BreadcrumbList.</summary>
    public static string Breadcrumbs(IReadOnlyList<(string Name, string Url)> trail) => Json(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Name);
            json.WriteString("item", trail[i].Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return ForScriptElement(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Escapes the characters that could end a script element; in JSON they can only occur inside strings.</summary>
    public static string ForScriptElement(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);
}
