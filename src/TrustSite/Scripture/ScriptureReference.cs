using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TrustSite.Scripture;

/// <summary>A parsed reference: a book and chapter, then verses or ranges of that chapter, or a range that runs on to EndChapter.</summary>
/// <remarks>
/// Shapes: "Psalm 23" (no verses), "Genesis 1-3" (no verses, EndChapter 3), "Romans 5:1-5, 8" (two verse ranges),
/// "John 3:16-4:2" (one range whose Last is a verse of EndChapter).
/// </remarks>
public sealed record ScriptureReference(Book Book, int Chapter, ImmutableArray<VerseRange> Verses, int? EndChapter = null)
{
    public bool IsChapterOnly => Verses.IsEmpty;

    /// <summary>The reference in English, with ASCII hyphens and ", " between verses: "1 Corinthians 13:4-7", "John 3:16, 18".</summary>
    public string ToCanonicalString()
    {
        var text = new StringBuilder(Book.CitationName).Append(' ').Append(Number(Chapter));
        if (Verses.IsEmpty)
        {
            return EndChapter is { } last ? text.Append('-').Append(Number(last)).ToString() : text.ToString();
        }
        text.Append(':');
        if (EndChapter is { } endChapter)
        {
            return text.Append(Number(Verses[0].First)).Append('-').Append(Number(endChapter)).Append(':').Append(Number(Verses[0].Last)).ToString();
        }
        for (var i = 0; i < Verses.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(Verses[i].ToString());
        }
        return text.ToString();
    }

    public override string ToString() => ToCanonicalString();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
