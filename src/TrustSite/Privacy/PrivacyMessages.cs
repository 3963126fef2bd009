using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>The words of the audit's messages: who does what, in the terms of the file it is found in.</summary>
internal static class PrivacyMessages
{
    /// <summary>"the page", "the stylesheet", "the script", "the image", or "a script in the page" for an address a script holds.</summary>
    public static string Subject(SourceLocation location, string via) =>
        via == ScriptScanner.AddressVia ? ScriptSubject(location) : Extension(location) switch
        {
            ".css" => "the stylesheet",
            ".js" or ".mjs" => "the script",
            ".svg" => "the image",
            _ => "the page",
        };

    /// <summary>Who runs a script found at the location: the script file itself, or a script in the page or image.</summary>
    public static string ScriptSubject(SourceLocation location) => Extension(location) switch
    {
        ".js" or ".mjs" => "the script",
        ".svg" => "a script in the image",
        _ => "a script in the page",
    };

    public static string Verb(ResourceKind kind, string via) => via switch
    {
        "meta refresh" => "sends the visitor on to",
        "a ping" or "area ping" => "reports clicks to",
        _ => kind switch
        {
            ResourceKind.Script => "loads a script from",
            ResourceKind.Style => "loads a stylesheet from",
            ResourceKind.Image => "loads an image from",
            ResourceKind.Font => "loads a font from",
            ResourceKind.Frame => "embeds a frame from",
            ResourceKind.Form => "sends a form to",
            ResourceKind.Hint => "asks the browser to connect in advance to",
            ResourceKind.Media => "loads audio or video from",
            _ => "contacts",
        },
    };

    public static string Describe(TrackerCategory category) => category switch
    {
        TrackerCategory.Advertising => "advertising tracker",
        TrackerCategory.Analytics => "analytics service",
        TrackerCategory.CookielessAnalytics => "cookieless analytics service",
        TrackerCategory.SessionReplay => "session-recording service",
        TrackerCategory.TagManager => "tag manager",
        TrackerCategory.CustomerData => "customer-data platform",
        TrackerCategory.Marketing => "marketing tracker",
        TrackerCategory.Social => "social network",
        TrackerCategory.Fonts => "font service",
        TrackerCategory.Video => "video service",
        TrackerCategory.Comments => "comment service",
        TrackerCategory.Avatars => "avatar service",
        TrackerCategory.Cdn => "public CDN",
        TrackerCategory.Maps => "map service",
        TrackerCategory.Captcha => "captcha service",
        _ => "booking service",
    };

    /// <summary>The name site.yml's privacy.storage uses, such as "localStorage".</summary>
    public static string StorageName(BrowserStorage storage) => PrivacyReader.Name(storage);

    private static string Extension(SourceLocation location) => Path.GetExtension(location.Path).ToLowerInvariant();
}
