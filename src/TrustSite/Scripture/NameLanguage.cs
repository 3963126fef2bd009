namespace TrustSite.Scripture;

/// <summary>The language whose book abbreviations are read; in any other language only full book names are.</summary>
internal enum NameLanguage
{
    Other = 0,
    English = 1,
    Spanish = 2,
}
