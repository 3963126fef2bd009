using System.Collections.Immutable;

namespace TrustSite.Scripture;

/// <summary>Finds Bible references in plain text: "John 3:16", "(Genesis 2.24)", "1 Cor. 13:4-7", "Sal 23", "Romans 5:1-5, 8; 6:23".</summary>
/// <remarks>
/// One pass over the text: at each word start, one walk of the book-name trie, then a bounded read of the numbers, so the
/// time is linear in the text and nothing is allocated except for what is found. No regular expression, so no backtracking.
///
/// A book name must be followed by the chapter after a space (or a period), so "John Smith 3:16" is not a reference: the
/// name that precedes the numbers is "Smith". Its first letter must be a capital ("a job 2 days ago" is not Job 2); its
/// other letters may be in any case, and accents are optional. Full names are read in any language; abbreviations only in
/// their own, where the language decides what they mean ("He 11:1" is Hebrews in Spanish, nothing in English).
/// </remarks>
public static class ScriptureFinder
{
    public static ImmutableArray<ScriptureMatch> Find(ReadOnlySpan<char> text, string language)
    {
        var names = BookNameIndex.Shared;
        var nameLanguage = LanguageTag.ToNameLanguage(language);
        ImmutableArray<ScriptureMatch>.Builder? found = null;
        var i = 0;
        while (i < text.Length)
        {
            if (IsWordStart(text, i)
                && names.TryMatch(text, i, nameLanguage, out var name, out var nameEnd)
                && TryParseAfterName(text, nameEnd, name, out var reference, out var end))
            {
                found ??= ImmutableArray.CreateBuilder<ScriptureMatch>();
                found.Add(new ScriptureMatch(i, end - i, reference!));
                i = AddContinuations(text, end, name.Book!, found);
                continue;
            }
            i++;
        }
        return found?.ToImmutable() ?? [];
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int i) =>
        ReferenceCharacters.IsWordChar(text[i]) && (i == 0 || !ReferenceCharacters.IsWordChar(text[i - 1]));

    // "Gen 2:24", "Gen. 2:24", "Gen.2:24"; a full name takes no period, or "Genesis. 2 things" would be read.
    private static bool TryParseAfterName(ReadOnlySpan<char> text, int i, NameMeaning name, out ScriptureReference? reference, out int end)
    {
        reference = null;
        end = i;
        var hasPeriod = name.IsAbbreviation && i < text.Length && text[i] == '.';
        if (hasPeriod)
        {
            i++;
        }
        if (i < text.Length && ReferenceCharacters.IsHorizontalSpace(text[i]))
        {
            i++;
        }
        else if (!hasPeriod)
        {
            return false;
        }
        return PassageParser.TryParse(text, i, name.Book!, out reference, out end);
    }

    // "Romans 5:8; 6:23" and "John 3:16, 4:2": the book carries over to a following chapter, which becomes a match of its own.
    // After a comma it must be chapter:verse, since a bare number there is a verse that the list already read or refused.
    private static int AddContinuations(ReadOnlySpan<char> text, int i, Book book, ImmutableArray<ScriptureMatch>.Builder found)
    {
        while (i < text.Length && text[i] is ',' or ';')
        {
            var start = i + 1;
            if (start < text.Length && ReferenceCharacters.IsHorizontalSpace(text[start]))
            {
                start++;
            }
            if ((text[i] == ',' && !PassageParser.StartsWithChapterAndVerse(text, start))
                || !PassageParser.TryParse(text, start, book, out var reference, out var end))
            {
                break;
            }
            found.Add(new ScriptureMatch(start, end - start, reference!));
            i = end;
        }
        return i;
    }
}
