using System.Text.RegularExpressions;
using TrustSite.Configuration;

namespace TrustSite.Privacy;

/// <summary>Finds, in a shipped script, the browser storage it uses, the interfaces trackers rely on, and the addresses it holds.</summary>
internal static partial class ScriptScanner
{
    public const string AddressVia = "address in a script";

    public readonly record struct StorageHit(int Offset, BrowserStorage Storage, string Api);

    public readonly record struct ApiHit(int Offset, string Api, string Purpose);

    public readonly record struct AddressHit(int Offset, string Url);

    private static readonly (Regex Pattern, BrowserStorage Storage, string Api)[] StorageApis =
    [
        (new(@"\bdocument\s*\.\s*cookie\b"), BrowserStorage.Cookies, "document.cookie"),
        (new(@"\bcookieStore\b"), BrowserStorage.Cookies, "cookieStore"),
        (new(@"\blocalStorage\b"), BrowserStorage.LocalStorage, "localStorage"),
        (new(@"\bsessionStorage\b"), BrowserStorage.SessionStorage, "sessionStorage"),
        (new(@"\bindexedDB\b"), BrowserStorage.IndexedDB, "indexedDB"),
        (new(@"\bcaches\s*\.\s*(?:open|match|matchAll|has|keys|delete)\s*\("), BrowserStorage.CacheStorage, "caches"),
        (new(@"\bserviceWorker\s*\.\s*register\s*\("), BrowserStorage.ServiceWorker, "navigator.serviceWorker.register"),
    ];

    // The interfaces fingerprinting scripts and analytics beacons are known for; each is rare in a site's own small scripts.
    private static readonly (Regex Pattern, string Api, string Purpose)[] TrackingApis =
    [
        (new(@"\bsendBeacon\s*\("), "navigator.sendBeacon", "sends data in the background, even as the visitor leaves"),
        (new(@"\bWEBGL_debug_renderer_info\b"), "WEBGL_debug_renderer_info", "reads the name of the graphics card"),
        (new(@"\bOfflineAudioContext\b"), "OfflineAudioContext", "can measure how the device renders sound, a fingerprinting technique"),
        (new(@"\.\s*toDataURL\s*\("), "canvas toDataURL", "reads back drawn pixels, the most common fingerprinting technique"),
        (new(@"\.\s*getImageData\s*\("), "canvas getImageData", "reads back drawn pixels, the most common fingerprinting technique"),
        (new(@"\bgetHighEntropyValues\s*\("), "navigator.userAgentData.getHighEntropyValues", "reads the device's model and exact system version"),
        (new(@"\bnavigator\s*\.\s*plugins\b"), "navigator.plugins", "lists the browser's plugins"),
        (new(@"\bgetBattery\s*\("), "navigator.getBattery", "reads the battery's state"),
        (new(@"\benumerateDevices\s*\("), "navigator.mediaDevices.enumerateDevices", "lists the cameras and microphones"),
        (new(@"\bRTCPeerConnection\b"), "RTCPeerConnection", "can reveal the visitor's network addresses"),
        (new(@"\bhardwareConcurrency\b"), "navigator.hardwareConcurrency", "reads the number of processor cores"),
        (new(@"\bdeviceMemory\b"), "navigator.deviceMemory", "reads the amount of memory"),
        (new(@"\bfonts\s*\.\s*check\s*\("), "document.fonts.check", "probes which fonts are installed"),
        (new(@"\bnavigator\s*\.\s*geolocation\b"), "navigator.geolocation", "asks for the visitor's location"),
    ];

    // Strings a script may use to reach the same interfaces by name: window["localStorage"].
    private static readonly Dictionary<string, BrowserStorage> StorageNames = new(StringComparer.Ordinal)
    {
        ["localStorage"] = BrowserStorage.LocalStorage,
        ["sessionStorage"] = BrowserStorage.SessionStorage,
        ["indexedDB"] = BrowserStorage.IndexedDB,
    };

    public static (List<StorageHit> Storage, List<ApiHit> Apis, List<AddressHit> Addresses) Scan(string script)
    {
        var text = ScriptText.Read(script);
        var storage = new List<StorageHit>();
        var apis = new List<ApiHit>();
        foreach (var (pattern, kind, api) in StorageApis)
        {
            storage.AddRange(pattern.Matches(text.Code).Select(m => new StorageHit(m.Index, kind, api)));
        }
        foreach (var (pattern, api, purpose) in TrackingApis)
        {
            apis.AddRange(pattern.Matches(text.Code).Select(m => new ApiHit(m.Index, api, purpose)));
        }
        var addresses = new List<AddressHit>();
        foreach (var (offset, content) in text.Strings)
        {
            if (StorageNames.TryGetValue(content, out var named))
            {
                storage.Add(new StorageHit(offset, named, content));
            }
            if (content == "WEBGL_debug_renderer_info")
            {
                apis.Add(new ApiHit(offset, content, TrackingApis[1].Purpose));
            }
            addresses.AddRange(Addresses(offset, content));
        }
        return (storage, apis, addresses);
    }

    private static IEnumerable<AddressHit> Addresses(int offset, string content)
    {
        // Minified code often writes "https:\/\/host"; the escape changes no address.
        var unescaped = content.Replace("\\/", "/", StringComparison.Ordinal);
        var exact = unescaped.Length == content.Length;
        foreach (Match match in AbsoluteAddress().Matches(unescaped))
        {
            yield return new AddressHit(offset + (exact ? match.Index : 0), match.Value);
        }
        if (ProtocolRelative().Match(unescaped) is { Success: true } relative)
        {
            yield return new AddressHit(offset, relative.Value);
        }
    }

    [GeneratedRegex(@"\b(?:https?|wss?)://[^\s'""`<>\\]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteAddress();

    // Only a whole string that starts with "//host.tld", so that "a // b" in a message is no address.
    [GeneratedRegex(@"^//[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?=[/:?#]|$)[^\s'""`<>\\]*", RegexOptions.IgnoreCase)]
    private static partial Regex ProtocolRelative();
}
