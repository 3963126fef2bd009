using System.Collections.Immutable;
using static TrustSite.Scripture.ReferenceCharacters;

namespace TrustSite.Scripture;

/// <summary>Reads what follows a book's name ("3:16-18, 20", "23", "1-3", "3:16-4:2") and checks it against the book's chapters and verses.</summary>
/// <remarks>
/// Numbers have at most three digits and separators one character, so an attempt that fails has looked only a few
/// characters past what it accepted, and what it accepts the finder skips: the finder stays linear in the text.
///
/// Chapter-only references ("Psalm 23") are the ones prose imitates: "Mark 5 people", "Job 2 interview", "Amos 3 times".
/// So a bare chapter, a chapter range, and a bare verse added to a list ("John 3:16, 18") are accepted only at the end of a
/// sentence or clause: before punctuation, a closing bracket or quote, an opening parenthesis, or the end of the text;
/// never when a word or number follows. A reference with a verse ("John 10:30") needs no such evidence.
/// </remarks>
internal static class PassageParser
{
    // More whitespace than this before the next character is a break in the text, as good as the end of a clause.
    private const int MaxSpacesBeforeClauseEnd = 16;

    public static bool TryParse(ReadOnlySpan<char> text, int i, Book book, out ScriptureReference? reference, out int end)
    {
        reference = null;
        end = i;
        if (!TryNumber(text, ref i, out var chapter))
        {
            return false;
        }
        if (IsChapterVerseSeparator(text, i))
        {
            i++;
            if (!TryParseVerses(text, ref i, book, chapter, out reference))
            {
                return false;
            }
            end = i;
            return true;
        }
        var endChapter = default(int?);
        if (DashBeforeDigit(text, i) is var dash and > 0)
        {
            i += dash;
            if (!TryNumber(text, ref i, out var last) || IsChapterVerseSeparator(text, i))
            {
                return false;
            }
            endChapter = last;
        }
        if (!IsClauseEnd(text, i))
        {
            return false;
        }
        reference = ChapterOnly(book, chapter, endChapter);
        end = i;
        return reference is not null;
    }

    /// <summary>True when the text at i is chapter:verse rather than a bare number.</summary>
    public static bool StartsWithChapterAndVerse(ReadOnlySpan<char> text, int i) => TryNumber(text, ref i, out _) && IsChapterVerseSeparator(text, i);

    private static bool TryParseVerses(ReadOnlySpan<char> text, ref int i, Book book, int chapter, out ScriptureReference? reference)
    {
        reference = null;
        if (!TryVerse(text, ref i, out var first))
        {
            return false;
        }
        var last = first;
        if (DashBeforeDigit(text, i) is var dash and > 0)
        {
            i += dash;
            if (!TryNumber(text, ref i, out last))
            {
                return false;
            }
            if (IsChapterVerseSeparator(text, i))
            {
                i++;
                if (!TryVerse(text, ref i, out var endVerse))
                {
                    return false;
                }
                reference = CrossChapter(book, chapter, first, last, endVerse);
                return reference is not null;
            }
            SkipVerseSuffix(text, ref i);
        }
        if (!book.HasVerse(chapter, first) || !book.HasVerse(chapter, last) || last < first)
        {
            return false;
        }
        var verses = ImmutableArray.CreateBuilder<VerseRange>();
        verses.Add(new VerseRange(first, last));
        while (TryListItem(text, ref i, book, chapter, out var more))
        {
            verses.Add(more);
        }
        reference = new ScriptureReference(book, chapter, verses.ToImmutable());
        return true;
    }

    // ", 18" or ", 20-22" after a verse: more verses of the same chapter. ", 4:2" is another chapter, read as a separate reference.
    private static bool TryListItem(ReadOnlySpan<char> text, ref int i, Book book, int chapter, out VerseRange range)
    {
        range = default;
        var j = i;
        if (j >= text.Length || text[j] != ',')
        {
            return false;
        }
        j++;
        if (j < text.Length && IsHorizontalSpace(text[j]))
        {
            j++;
        }
        if (!TryVerse(text, ref j, out var first) || IsChapterVerseSeparator(text, j))
        {
            return false;
        }
        var last = first;
        if (DashBeforeDigit(text, j) is var dash and > 0)
        {
            j += dash;
            if (!TryVerse(text, ref j, out last))
            {
                return false;
            }
        }
        if (!IsClauseEnd(text, j) || last < first || !book.HasVerse(chapter, first) || !book.HasVerse(chapter, last))
        {
            return false;
        }
        range = new VerseRange(first, last);
        i = j;
        return true;
    }

    // A number beyond the last chapter of a one-chapter book is a verse, as style guides write it: "Jude 3" is Jude 1:3.
    private static ScriptureReference? ChapterOnly(Book book, int chapter, int? endChapter)
    {
        var last = endChapter ?? chapter;
        if (book.HasChapter(chapter) && book.HasChapter(last) && last >= chapter)
        {
            return new ScriptureReference(book, chapter, [], endChapter == chapter ? null : endChapter);
        }
        if (book.ChapterCount == 1 && book.HasVerse(1, chapter) && book.HasVerse(1, last) && last >= chapter)
        {
            return new ScriptureReference(book, 1, [new VerseRange(chapter, last)]);
        }
        return null;
    }

    private static ScriptureReference? CrossChapter(Book book, int chapter, int verse, int endChapter, int endVerse) =>
        endChapter > chapter && book.HasVerse(chapter, verse) && book.HasVerse(endChapter, endVerse)
            ? new ScriptureReference(book, chapter, [new VerseRange(verse, endVerse)], endChapter)
            : null;

    private static bool TryVerse(ReadOnlySpan<char> text, ref int i, out int verse)
    {
        if (!TryNumber(text, ref i, out verse))
        {
            return false;
        }
        SkipVerseSuffix(text, ref i);
        return true;
    }

    // One to three ASCII digits, no leading zero ("5:00" is a time), not glued to a following letter ("2nd") except a verse part ("16a").
    private static bool TryNumber(ReadOnlySpan<char> text, ref int i, out int value)
    {
        value = 0;
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            if (j - i == 3 || (j == i && text[j] == '0'))
            {
                return false;
            }
            value = value * 10 + (text[j] - '0');
            j++;
        }
        if (j == i || (j < text.Length && IsWordChar(text[j]) && !IsVerseSuffix(text, j)))
        {
            return false;
        }
        i = j;
        return true;
    }

    // "John 3:16a": the first part of a verse; the link goes to the whole verse.
    private static bool IsVerseSuffix(ReadOnlySpan<char> text, int i) =>
        text[i] is 'a' or 'b' or 'c' && (i + 1 == text.Length || !IsWordChar(text[i + 1]));

    private static void SkipVerseSuffix(ReadOnlySpan<char> text, ref int i)
    {
        if (i < text.Length && IsVerseSuffix(text, i))
        {
            i++;
        }
    }

    private static bool IsChapterVerseSeparator(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] is ':' or '.' && char.IsAsciiDigit(text[i + 1]);

    // The length of a dash directly followed by a digit: 1, or 2 for "--", the plain-text en dash; 0 when there is none.
    private static int DashBeforeDigit(ReadOnlySpan<char> text, int i)
    {
        var length = i + 2 < text.Length && text[i] == '-' && text[i + 1] == '-' ? 2 : 1;
        return i + length < text.Length && IsDash(text[i]) && char.IsAsciiDigit(text[i + length]) ? length : 0;
    }

    private static bool IsClauseEnd(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            return false; // "1,000" or "2.5": the number goes on
        }
        var (j, newLines) = (i, 0);
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            // A blank line ends a paragraph; many spaces are a break in the text too.
            if ((text[j] == '\n' && ++newLines == 2) || j - i == MaxSpacesBeforeClauseEnd)
            {
                return true;
            }
            j++;
        }
        return j == text.Length || IsClauseEnder(text[j]);
    }
}
