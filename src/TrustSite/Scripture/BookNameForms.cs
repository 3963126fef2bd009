namespace TrustSite.Scripture;

/// <summary>Every written form of a book's names: a numbered book's name with "1 ", "1", "I ", "First ", "Primera de " and the like before it.</summary>
internal static class BookNameForms
{
    private static readonly string[] Roman = ["", "I", "II", "III"];
    private static readonly string[] EnglishWords = ["", "First", "Second", "Third"];
    private static readonly string[] EnglishOrdinals = ["", "1st", "2nd", "3rd"];
    private static readonly string[][] SpanishWords = [[], ["Primera", "Primero", "Primer"], ["Segunda", "Segundo"], ["Tercera", "Tercero"]];
    private static readonly string[] SpanishShortOrdinals = ["", "1ra", "2da", "3ra"];

    /// <summary>A form and where the book's own name starts in it, the letter that must be a capital.</summary>
    public readonly record struct Form(string Text, int NameStart);

    public static IEnumerable<Form> Of(string name, int ordinal, NameLanguage language, bool isAbbreviation)
    {
        if (ordinal == 0)
        {
            yield return new Form(name, 0);
            yield break;
        }
        foreach (var prefix in Prefixes(ordinal, language, isAbbreviation))
        {
            yield return new Form(prefix + name, prefix.Length);
        }
    }

    private static IEnumerable<string> Prefixes(int ordinal, NameLanguage language, bool isAbbreviation)
    {
        yield return $"{ordinal} ";
        yield return $"{ordinal}";
        yield return Roman[ordinal] + " ";
        if (isAbbreviation)
        {
            // "First Cor" is not how anyone writes; word ordinals go with full names only.
            yield break;
        }
        if (language == NameLanguage.English)
        {
            yield return EnglishWords[ordinal] + " ";
            yield return EnglishOrdinals[ordinal] + " ";
            yield break;
        }
        foreach (var word in SpanishWords[ordinal])
        {
            yield return word + " ";
            yield return word + " de ";
        }
        yield return $"{ordinal}ª ";
        yield return $"{ordinal}º ";
        yield return SpanishShortOrdinals[ordinal] + " ";
    }
}
