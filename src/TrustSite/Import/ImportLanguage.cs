namespace TrustSite.Import;

/// <summary>An imported item's language: the site's code and content folder ("es", "es/"), or, for a language
/// the site does not list, that language's code in <paramref name="Unlisted"/> and the default folder.</summary>
/// <param name="Code">The site's language code, null when the item has no language or one the site does not have.</param>
/// <param name="Folder">"" for the default language, "es/" for another language of the site.</param>
/// <param name="Unlisted">The export's language code when site.yml does not list it, kept in the front matter for the record.</param>
public sealed record ImportLanguage(string? Code, string Folder, string? Unlisted)
{
    public static readonly ImportLanguage Default = new(null, "", null);
}
