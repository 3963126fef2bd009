using System.Collections.Immutable;

namespace TrustSite.Scripture;

/// <summary>The scripture-linking settings of a site: one link pattern per language ("en", "es"); a language without one is not linked.</summary>
public sealed record ScriptureOptions(ImmutableDictionary<string, ScriptureLinkPattern> Languages)
{
    public static ScriptureOptions None { get; } = new(ImmutableDictionary<string, ScriptureLinkPattern>.Empty);

    /// <summary>The pattern for a language tag, trying "es-MX" itself first and then "es".</summary>
    public ScriptureLinkPattern? PatternFor(string language)
    {
        if (Languages.TryGetValue(language, out var exact))
        {
            return exact;
        }
        return Languages.TryGetValue(LanguageTag.Primary(language), out var primary) ? primary : null;
    }
}
