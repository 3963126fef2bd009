namespace TrustSite.Scripture;

/// <summary>Reads the primary subtag of a language tag: "es-MX" and "ES" are both "es".</summary>
internal static class LanguageTag
{
    public static string Primary(string language)
    {
        var dash = language.AsSpan().IndexOfAny('-', '_');
        var primary = dash < 0 ? language : language[..dash];
        return primary.ToLowerInvariant();
    }

    public static NameLanguage ToNameLanguage(string language) => Primary(language) switch
    {
        "en" => NameLanguage.English,
        "es" => NameLanguage.Spanish,
        _ => NameLanguage.Other,
    };
}
