using System.Text;

namespace TrustSite.Server.Reload;

/// <summary>The small script the preview adds to every HTML page it serves, and nowhere else: it reloads the tab when the site changes.</summary>
/// <remarks>
/// It is an external file, not an inline script, so that pages keep working under the theme's strict Content-Security-Policy.
/// The server sends its version on connect ("every page") and whenever pages change, naming them; a tab reloads when a new
/// version names its page or every page, which also covers a restarted server (a new version for every page).
/// </remarks>
public static class ReloadScript
{
    public const string Path = "/__trustsite/reload.js";
    public const string EventsPath = "/__trustsite/events";

    public const string Source = """
        // TrustSite preview: reloads this tab when its page changes. Not part of the published site.
        (() => {
          let seen = null;
          const events = new EventSource("/__trustsite/events");
          events.addEventListener("version", (e) => {
            const news = JSON.parse(e.data);
            const here = decodeURI(location.pathname);
            if (seen !== null && news.version !== seen && (news.pages.includes("*") || news.pages.includes(here))) {
              location.reload();
            }
            seen = news.version;
          });
        })();

        """;

    /// <summary>What the server sends for a version: the version and the pages it changed ("*" for all).</summary>
    public static string Message(string version, IEnumerable<string> pages)
    {
        var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", version);
            json.WriteStartArray("pages");
            foreach (var page in pages)
            {
                json.WriteStringValue(page);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private const string Tag = "<script src=\"" + Path + "\" defer></script>";

    /// <summary>The page with the script tag before its closing body tag (or at its end when it has none).</summary>
    public static byte[] InjectInto(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = end >= 0 ? text.Insert(end, Tag) : text + Tag;
        return Encoding.UTF8.GetBytes(result);
    }
}
