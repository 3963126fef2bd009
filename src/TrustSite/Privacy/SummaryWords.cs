using System.Collections.Immutable;
using TrustSite.Configuration;

namespace TrustSite.Privacy;

/// <summary>The sentences of the privacy summary in one language.</summary>
internal sealed record SummaryWords(
    string Nothing,
    string Loads,
    string MayLoad,
    Func<string, string> ContactOnly,
    Func<string, string> NewsletterOnly,
    Func<string, string> BothSame,
    Func<string, string, string> BothApart,
    string NoStorage,
    string Stores,
    string MayStore,
    string And,
    string NothingElse,
    Func<string, string, string> Analytics,
    ImmutableDictionary<ResourceKind, string> Kinds,
    ImmutableDictionary<BrowserStorage, string> Storage)
{
    public static SummaryWords English { get; } = new(
        "This site loads nothing from other companies.",
        "This site loads content from other companies: ",
        "This site may load content from other companies: ",
        host => $"The contact form is sent to {host}.",
        host => $"The newsletter signup is sent to {host}.",
        host => $"The contact form and the newsletter signup are sent to {host}.",
        (contact, newsletter) => $"The contact form is sent to {contact}; the newsletter signup to {newsletter}.",
        "Its pages set no cookies and keep nothing in your browser.",
        "Its scripts keep information in your browser: ",
        "Its scripts may keep information in your browser: ",
        "and",
        "Apart from the visit counter below, this site loads nothing from other companies.",
        (name, hosts) => $"Visits are counted with {name} ({hosts}), which sets no cookies and does not recognise you from one visit to the next; "
            + "the contact, thank-you and crisis pages are never counted.",
        new Dictionary<ResourceKind, string>
        {
            [ResourceKind.Script] = "scripts", [ResourceKind.Style] = "stylesheets", [ResourceKind.Image] = "images",
            [ResourceKind.Font] = "fonts", [ResourceKind.Frame] = "embedded content", [ResourceKind.Form] = "forms",
            [ResourceKind.Hint] = "advance connections", [ResourceKind.Media] = "audio and video", [ResourceKind.Other] = "other requests",
        }.ToImmutableDictionary(),
        new Dictionary<BrowserStorage, string>
        {
            [BrowserStorage.Cookies] = "cookies", [BrowserStorage.LocalStorage] = "local storage", [BrowserStorage.SessionStorage] = "session storage",
            [BrowserStorage.IndexedDB] = "a browser database (IndexedDB)", [BrowserStorage.CacheStorage] = "the browser's cache storage",
            [BrowserStorage.ServiceWorker] = "a service worker",
        }.ToImmutableDictionary());

    public static SummaryWords Spanish { get; } = new(
        "Este sitio no carga nada de otras empresas.",
        "Este sitio carga contenido de otras empresas: ",
        "Este sitio puede cargar contenido de otras empresas: ",
        host => $"El formulario de contacto se envía a {host}.",
        host => $"La suscripción al boletín se envía a {host}.",
        host => $"El formulario de contacto y la suscripción al boletín se envían a {host}.",
        (contact, newsletter) => $"El formulario de contacto se envía a {contact}; la suscripción al boletín, a {newsletter}.",
        "Sus páginas no crean cookies ni guardan nada en su navegador.",
        "Sus scripts guardan información en su navegador: ",
        "Sus scripts pueden guardar información en su navegador: ",
        "y",
        "Aparte del contador de visitas que se describe a continuación, este sitio no carga nada de otras empresas.",
        (name, hosts) => $"Las visitas se cuentan con {name} ({hosts}), que no crea cookies ni le reconoce de una visita a otra; "
            + "las páginas de contacto, de agradecimiento y de crisis nunca se cuentan.",
        new Dictionary<ResourceKind, string>
        {
            [ResourceKind.Script] = "scripts", [ResourceKind.Style] = "hojas de estilo", [ResourceKind.Image] = "imágenes",
            [ResourceKind.Font] = "tipos de letra", [ResourceKind.Frame] = "contenido incrustado", [ResourceKind.Form] = "formularios",
            [ResourceKind.Hint] = "conexiones anticipadas", [ResourceKind.Media] = "audio y vídeo", [ResourceKind.Other] = "otras solicitudes",
        }.ToImmutableDictionary(),
        new Dictionary<BrowserStorage, string>
        {
            [BrowserStorage.Cookies] = "cookies", [BrowserStorage.LocalStorage] = "almacenamiento local",
            [BrowserStorage.SessionStorage] = "almacenamiento de sesión", [BrowserStorage.IndexedDB] = "una base de datos del navegador (IndexedDB)",
            [BrowserStorage.CacheStorage] = "el almacenamiento de caché del navegador", [BrowserStorage.ServiceWorker] = "un service worker",
        }.ToImmutableDictionary());

    /// <summary>The words for a language code such as "es" or "es-MX"; English for a language the summary does not speak yet.</summary>
    public static SummaryWords For(string language) =>
        language.Split('-')[0].Equals("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>"a", "a and b", "a, b and c"; in Spanish "y" becomes "e" before an "i" sound.</summary>
    public string Join(IReadOnlyList<string> items)
    {
        if (items.Count <= 1)
        {
            return items.Count == 0 ? "" : items[0];
        }
        var last = items[^1];
        var and = And == "y" && (last.StartsWith('i') || last.StartsWith('í') || (last.StartsWith("hi", StringComparison.Ordinal) && !last.StartsWith("hie", StringComparison.Ordinal))) ? "e" : And;
        return $"{string.Join(", ", items.Take(items.Count - 1))} {and} {last}";
    }
}
