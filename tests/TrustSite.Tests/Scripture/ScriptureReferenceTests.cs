using TrustSite.Scripture;

namespace TrustSite.Tests.Scripture;

public class ScriptureReferenceTests
{
    private static readonly Book John = Canon.ByCode("JHN");

    [Fact]
    public void Writes_a_chapter_a_chapter_range_and_verses()
    {
        var chapter = new ScriptureReference(Canon.ByCode("PSA"), 23, []);
        var chapters = new ScriptureReference(Canon.ByCode("GEN"), 1, [], EndChapter: 3);
        var verses = new ScriptureReference(Canon.ByCode("ROM"), 5, [new VerseRange(1, 5), new VerseRange(8, 8)]);

        Assert.Equal("Psalm 23", chapter.ToCanonicalString());
        Assert.Equal("Genesis 1-3", chapters.ToCanonicalString());
        Assert.Equal("Romans 5:1-5, 8", verses.ToCanonicalString());
    }

    [Fact]
    public void Writes_a_range_that_crosses_chapters_with_both_chapters()
    {
        var reference = new ScriptureReference(John, 3, [new VerseRange(16, 2)], EndChapter: 4);

        Assert.Equal("John 3:16-4:2", reference.ToCanonicalString());
        Assert.False(reference.IsChapterOnly);
    }

    [Fact]
    public void Writes_numbered_books_in_english_with_their_number()
    {
        var reference = new ScriptureReference(Canon.ByCode("1CO"), 13, [new VerseRange(4, 7)]);

        Assert.Equal("1 Corinthians 13:4-7", reference.ToString());
    }
}
