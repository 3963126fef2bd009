using System.Collections.Immutable;
using System.Globalization;

namespace TrustSite.Scripture;

/// <summary>The 66 books of the Protestant canon in canonical order, with their names in English and Spanish and their verse counts.</summary>
/// <remarks>
/// Verse counts follow the King James versification, which NIV, ESV and RVR1960 share for nearly every chapter. Where a
/// common modern translation numbers one verse more (3 John 15, Revelation 12:18), the larger count is kept: a link to a
/// verse that one Bible lacks is harmless, refusing a verse that the reader's Bible has is not.
/// </remarks>
public static partial class Canon
{
    internal static ImmutableArray<CanonEntry> Entries { get; } = [.. OldTestament(), .. NewTestament()];

    public static ImmutableArray<Book> Books { get; } = [.. Entries.Select((entry, i) => ToBook(i + 1, entry))];

    private static readonly Dictionary<string, Book> ByCodeIndex = Books.ToDictionary(b => b.Code, StringComparer.Ordinal);

    /// <summary>The book with a USFM code such as "GEN", "1CO" or "JHN".</summary>
    public static Book ByCode(string code) => ByCodeIndex[code];

    private static Book ToBook(int number, CanonEntry entry)
    {
        var counts = entry.VerseCounts.Split(' ').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture));
        return new Book(number, entry.Code, entry.Name, entry.SpanishName, [.. counts]);
    }

    private static CanonEntry E(string code, string english, string spanish, string englishAbbreviations, string spanishAbbreviations, string verses) =>
        new(code, 0, english, spanish, englishAbbreviations, spanishAbbreviations, verses);

    private static CanonEntry N(string code, int ordinal, string english, string spanish, string englishAbbreviations, string spanishAbbreviations, string verses) =>
        new(code, ordinal, english, spanish, englishAbbreviations, spanishAbbreviations, verses);
}
