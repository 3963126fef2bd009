using System.Text;

namespace TrustSite.Server.Reload;

/// <summary>The small script the preview adds to every HTML page it serves, and nowhere else: it reloads the tab when the site changes.</summary>
/// <remarks>
/// It is an external file, not an inline script, so that pages keep working under the theme's strict Content-Security-Policy.
/// The server sends its version on connect and after each build; a tab reloads when the version it first saw changes, which also
/// covers a restarted server.
/// </remarks>
public static class ReloadScript
{
    public const string Path = "/__trustsite/reload.js";
    public const string EventsPath = "/__trustsite/events";

    public const string Source = """
        // TrustSite preview: reloads this tab when the site is rebuilt. Not part of the published site.
        (() => {
          let seen = null;
          const events = new EventSource("/__trustsite/events");
          events.addEventListener("version", (e) => {
            if (seen !== null && e.data !== seen) {
              location.reload();
            }
            seen = e.data;
          });
        })();

        """;

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
