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

    /// <summary>Escapes the characters that could end a script element; in JSON they can only occur inside strings.</summary>
    public static string ForScriptElement(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);
}
