using TrustSite.Scripture;

namespace TrustSite.Tests.Scripture;

public class CanonTests
{
    // Verses per book in the King James versification, from a source independent of Canon's per-chapter data.
    private static readonly int[] KingJamesVerseTotals =
    [
        1533, 1213, 859, 1288, 959, 658, 618, 85, 810, 695, 816, 719, 942, 822, 280, 406, 167, 1070, 2461, 915, 222, 117,
        1292, 1364, 154, 1273, 357, 197, 73, 146, 21, 48, 105, 47, 56, 53, 38, 211, 55,
        1071, 678, 1151, 879, 1007, 433, 437, 257, 149, 155, 104, 95, 89, 47, 113, 83, 46, 25, 303, 108, 105, 61, 105, 13, 14, 25, 404,
    ];

    // Where ESV and NIV number one verse more than KJV; Canon keeps the larger count.
    private static readonly Dictionary<string, int> ModernAdditions = new(StringComparer.Ordinal) { ["3JN"] = 1, ["REV"] = 1 };

    [Fact]
    public void Holds_the_66_books_of_the_protestant_canon_in_order()
    {
        var books = Canon.Books;

        Assert.Equal(66, books.Length);
        Assert.Equal(Enumerable.Range(1, 66), books.Select(b => b.Number));
        Assert.Equal(("Genesis", "Génesis"), (books[0].Name, books[0].SpanishName));
        Assert.Equal(("Malachi", "Malaquías"), (books[38].Name, books[38].SpanishName));
        Assert.Equal(("Matthew", "Mateo"), (books[39].Name, books[39].SpanishName));
        Assert.Equal(("1 Corinthians", "1 Corintios"), (books[45].Name, books[45].SpanishName));
        Assert.Equal(("Revelation", "Apocalipsis"), (books[65].Name, books[65].SpanishName));
        Assert.Equal(66, books.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Counts_1189_chapters()
    {
        var chapters = Canon.Books.Sum(b => b.ChapterCount);

        Assert.Equal(1189, chapters);
        Assert.Equal(150, Canon.ByCode("PSA").ChapterCount);
        Assert.Equal(1, Canon.ByCode("JUD").ChapterCount);
    }

    [Fact]
    public void Counts_the_verses_of_each_book_as_king_james_plus_the_modern_additions()
    {
        var mismatches = Canon.Books
            .Where((book, i) => book.VerseCounts.Sum() != KingJamesVerseTotals[i] + ModernAdditions.GetValueOrDefault(book.Code))
            .Select(book => $"{book.Name}: {book.VerseCounts.Sum()}");

        Assert.Empty(mismatches);
        Assert.Equal(31_102 + 2, Canon.Books.Sum(b => b.VerseCounts.Sum()));
    }

    [Theory]
    [InlineData("PSA", 119, 176, true)]
    [InlineData("PSA", 119, 177, false)]
    [InlineData("PSA", 117, 2, true)]
    [InlineData("JHN", 21, 25, true)]
    [InlineData("REV", 12, 18, true)]
    [InlineData("REV", 22, 21, true)]
    [InlineData("3JN", 1, 15, true)]
    [InlineData("GEN", 51, 1, false)]
    [InlineData("GEN", 1, 0, false)]
    public void Knows_which_verses_exist(string code, int chapter, int verse, bool exists)
    {
        var book = Canon.ByCode(code);

        Assert.Equal(exists, book.HasVerse(chapter, verse));
    }
}
