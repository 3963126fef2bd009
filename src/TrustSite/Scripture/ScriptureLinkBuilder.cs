namespace TrustSite.Scripture;

/// <summary>Builds the address a reference links to, from the pattern and version set for the page's language.</summary>
/// <remarks>
/// {ref} is the reference in English ("1 Corinthians 13:4-7"), whatever the language of the page. Bible Gateway's search
/// is an English site that reads English book names with any version, RVR1960 included, and the comma and semicolon
/// forms used here ("John 3:16, 18"; another chapter as another link) are those of its own addresses
/// ("search=John 1:11-14,29; 3:3-21"), while a Spanish name ("1 Corintios") would depend on its parser knowing Spanish.
/// An English, ASCII form also gives one address per passage however the author abbreviated it. Both placeholders are
/// percent-encoded, so a pattern may put them in a query string or in a path.
/// </remarks>
public sealed class ScriptureLinkBuilder(ScriptureOptions options)
{
    public const string ReferencePlaceholder = "{ref}";
    public const string VersionPlaceholder = "{version}";

    /// <summary>True when references in this language are linked at all.</summary>
    public bool Handles(string language) => options.PatternFor(language) is not null;

    /// <summary>The address for a reference, or null when the language has no pattern.</summary>
    public string? Build(ScriptureReference reference, string language)
    {
        if (options.PatternFor(language) is not { } pattern)
        {
            return null;
        }
        return pattern.UrlPattern
            .Replace(ReferencePlaceholder, Uri.EscapeDataString(reference.ToCanonicalString()), StringComparison.Ordinal)
            .Replace(VersionPlaceholder, Uri.EscapeDataString(pattern.Version), StringComparison.Ordinal);
    }
}
