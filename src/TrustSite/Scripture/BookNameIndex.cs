namespace TrustSite.Scripture;

/// <summary>Finds a book's name at a position of a text in one walk of a trie, so the cost per position is bounded by the longest name.</summary>
internal sealed class BookNameIndex
{
    // Longer than any name ("Segunda de Tesalonicenses" has 25 characters); a walk stops there.
    private const int MaxNameLength = 40;

    // Enough for any precomposed letter plus a stray mark; a longer run is not a book name.
    private const int MaxMarksPerLetter = 3;

    private readonly NameTrieNode _root = new();

    public static BookNameIndex Shared { get; } = new(Canon.Entries, Canon.Books);

    private BookNameIndex(IReadOnlyList<CanonEntry> entries, IReadOnlyList<Book> books)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            AddEntry(entries[i], books[i]);
        }
    }

    /// <summary>The longest name that starts at start and ends at a word boundary, if its meaning in the language is one book.</summary>
    public bool TryMatch(ReadOnlySpan<char> text, int start, NameLanguage language, out NameMeaning meaning, out int end)
    {
        meaning = default;
        end = -1;
        // Where each character of the name sits in the text, which differs when decomposed accents are skipped.
        Span<int> positions = stackalloc int[MaxNameLength];
        var node = _root;
        var i = start;
        for (var depth = 0; depth < MaxNameLength && i < text.Length && node.Child(ReferenceCharacters.Fold(text[i])) is { } child; depth++)
        {
            positions[depth] = i;
            node = child;
            i = SkipMarks(text, i + 1);
            if (i < 0)
            {
                break;
            }
            var here = node.Meanings[(int)language];
            if (here.Book is not null && !here.IsAmbiguous && IsBoundary(text, i) && HasCapitals(text, positions, here))
            {
                (meaning, end) = (here, i);
            }
        }
        return end >= 0;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int i) => i == text.Length || !ReferenceCharacters.IsWordChar(text[i]);

    private static bool HasCapitals(ReadOnlySpan<char> text, Span<int> positions, NameMeaning name) =>
        (name.FirstCapital < 0 || char.IsUpper(text[positions[name.FirstCapital]]))
        && (name.SecondCapital < 0 || char.IsUpper(text[positions[name.SecondCapital]]));

    // Decomposed accents (e + U+0301) are skipped, so text saved in NFD reads like NFC; -1 when there are too many.
    private static int SkipMarks(ReadOnlySpan<char> text, int i)
    {
        var marks = 0;
        while (i < text.Length && ReferenceCharacters.IsCombiningMark(text[i]))
        {
            if (++marks > MaxMarksPerLetter)
            {
                return -1;
            }
            i++;
        }
        return i;
    }

    private void AddEntry(CanonEntry entry, Book book)
    {
        foreach (var name in CanonEntry.Split(entry.EnglishNames))
        {
            AddFullName(name, entry.Ordinal, book, NameLanguage.English);
        }
        foreach (var name in CanonEntry.Split(entry.SpanishNames))
        {
            AddFullName(name, entry.Ordinal, book, NameLanguage.Spanish);
        }
        foreach (var name in CanonEntry.Split(entry.EnglishAbbreviations))
        {
            AddForms(name, entry.Ordinal, NameLanguage.English, isAbbreviation: true, NameLanguage.English, new NameMeaning(book, true, true, false));
        }
        foreach (var name in CanonEntry.Split(entry.SpanishAbbreviations))
        {
            AddForms(name, entry.Ordinal, NameLanguage.Spanish, isAbbreviation: true, NameLanguage.Spanish, new NameMeaning(book, true, true, false));
        }
    }

    // A full name is read in every language ("Juan 3:16" in an English article), but only its own language claims it outright.
    private void AddFullName(string name, int ordinal, Book book, NameLanguage owner)
    {
        foreach (var language in (ReadOnlySpan<NameLanguage>)[NameLanguage.Other, NameLanguage.English, NameLanguage.Spanish])
        {
            AddForms(name, ordinal, owner, isAbbreviation: false, language, new NameMeaning(book, false, language == owner, false));
        }
    }

    private void AddForms(string name, int ordinal, NameLanguage owner, bool isAbbreviation, NameLanguage language, NameMeaning meaning)
    {
        foreach (var form in BookNameForms.Of(name, ordinal, owner, isAbbreviation))
        {
            if (form.Text.Length > MaxNameLength)
            {
                throw new InvalidOperationException($"The book name \"{form.Text}\" is longer than {MaxNameLength} characters.");
            }
            var node = _root;
            foreach (var c in form.Text)
            {
                node = node.GetOrAddChild(ReferenceCharacters.Fold(c));
            }
            var capitals = meaning with
            {
                FirstCapital = char.IsUpper(form.Text[0]) ? 0 : -1,
                SecondCapital = form.NameStart > 0 && char.IsUpper(form.Text[form.NameStart]) ? form.NameStart : -1,
            };
            node.Meanings[(int)language] = node.Meanings[(int)language].Merge(capitals);
        }
    }
}
