namespace TrustSite.Scripture;

/// <summary>What a name means in one language: a book, whether it is an abbreviation (which may take a period), and whether it belongs to that language.</summary>
/// <remarks>
/// A name of the text's own language outranks a full name borrowed from the other one; two books claiming one name on
/// equal terms cancel out. FirstCapital and SecondCapital are the characters of the name, counted from its start, that
/// must be capitals (-1 for none): "1 cor" and "first Corinthians" are not references, "1 Cor" and "First Corinthians" are.
/// They belong to the name, not to the trie, because names share prefixes: "1S" (1 Samuel in Spanish) and "1st John".
/// </remarks>
internal readonly record struct NameMeaning(Book? Book, bool IsAbbreviation, bool IsOwnLanguage, bool IsAmbiguous, int FirstCapital = -1, int SecondCapital = -1)
{
    public bool IsEmpty => Book is null && !IsAmbiguous;

    public NameMeaning Merge(NameMeaning other)
    {
        if (IsEmpty)
        {
            return other;
        }
        if (!IsAmbiguous && ReferenceEquals(Book, other.Book))
        {
            return this with { IsAbbreviation = IsAbbreviation || other.IsAbbreviation, IsOwnLanguage = IsOwnLanguage || other.IsOwnLanguage };
        }
        if (IsOwnLanguage != other.IsOwnLanguage)
        {
            return IsOwnLanguage ? this : other;
        }
        if (IsOwnLanguage)
        {
            throw new InvalidOperationException($"The canon's data gives one name to {Book} and {other.Book} in the same language.");
        }
        return new NameMeaning(null, IsAbbreviation: false, IsOwnLanguage: false, IsAmbiguous: true);
    }
}
