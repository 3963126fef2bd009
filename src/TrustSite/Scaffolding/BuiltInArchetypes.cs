namespace TrustSite.Scaffolding;

/// <summary>The archetypes used when the theme has none: the front matter every new article or page needs, and nothing more.</summary>
internal static class BuiltInArchetypes
{
    public const string Article = """
        ---
        title: {{ title | yaml }}
        date: {{ date }}
        draft: true
        tags: []
        summary: ""
        ---

        """;

    public const string Page = """
        ---
        title: {{ title | yaml }}
        draft: true
        ---

        """;

    public static Archetype For(ArchetypeKind kind) => kind switch
    {
        ArchetypeKind.Article => new Archetype(Article + "\n", "the built-in article archetype", IsBuiltIn: true),
        _ => new Archetype(Page + "\n", "the built-in page archetype", IsBuiltIn: true),
    };
}
