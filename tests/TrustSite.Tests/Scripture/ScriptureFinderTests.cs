using System.Text;
using TrustSite.Scripture;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Scripture;

public class ScriptureFinderTests
{
    private static readonly string TablePath = Path.Combine(RepoPaths.Fixtures, "scripture", "references.tsv");

    public static TheoryData<string, string, string, string> Table()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in ReadTable())
        {
            data.Add(row[0], row[1], row[2], row[3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Finds_the_references_of_the_table_and_nothing_else(string language, string text, string expected, string covered)
    {
        var matches = ScriptureFinder.Find(text, language);

        Assert.Equal(expected, Join(matches.Select(m => m.Reference.ToCanonicalString())));
        Assert.Equal(covered, Join(matches.Select(m => text.Substring(m.Start, m.Length))));
    }

    [Fact]
    public void The_table_has_150_forms_and_every_book_in_both_languages()
    {
        var rows = ReadTable();
        var found = rows.SelectMany(r => ScriptureFinder.Find(r[1], r[0]).Select(m => (Language: r[0], m.Reference.Book.Code))).ToHashSet();

        Assert.True(rows.Count >= 150, $"{rows.Count} rows");
        Assert.Empty(Canon.Books.Where(b => !found.Contains(("en", b.Code))).Select(b => b.Name));
        Assert.Empty(Canon.Books.Where(b => !found.Contains(("es", b.Code))).Select(b => b.Name));
        Assert.True(rows.Count(r => r[2] == "-") >= 50, "near-misses");
    }

    [Fact]
    public void Reports_where_each_reference_starts_and_what_it_means()
    {
        var text = "As Paul says (Rom 12:10), and again in Romans 5:8.";

        var matches = ScriptureFinder.Find(text, "en");

        Assert.Equal([(14, 9), (39, 10)], matches.Select(m => (m.Start, m.Length)));
        var first = matches[0].Reference;
        Assert.Equal(("ROM", 12, 10, 10), (first.Book.Code, first.Chapter, first.Verses[0].First, first.Verses[0].Last));
    }

    [Fact]
    public void Reads_a_book_name_whose_accent_is_a_combining_mark()
    {
        var decomposed = "Ge\u0301nesis 2:24 y E\u0301xodo 20:12";

        var matches = ScriptureFinder.Find(decomposed, "es");

        Assert.Equal(["Genesis 2:24", "Exodus 20:12"], matches.Select(m => m.Reference.ToCanonicalString()));
        Assert.Equal("Ge\u0301nesis 2:24", decomposed.Substring(matches[0].Start, matches[0].Length));
    }

    [Fact]
    public void Lets_the_language_decide_what_a_short_abbreviation_means()
    {
        var english = ScriptureFinder.Find("He 11:1 and Is 53:5", "en");
        var spanish = ScriptureFinder.Find("He 11:1 and Is 53:5", "es-MX");
        var other = ScriptureFinder.Find("He 11:1, Genesis 1:1, Génesis 1:2", "fr");

        Assert.Empty(english);
        Assert.Equal(["Hebrews 11:1", "Isaiah 53:5"], spanish.Select(m => m.Reference.ToCanonicalString()));
        Assert.Equal(["Genesis 1:1", "Genesis 1:2"], other.Select(m => m.Reference.ToCanonicalString()));
    }

    [Fact]
    public void Reads_a_bare_number_after_a_one_chapter_book_as_a_verse()
    {
        var matches = ScriptureFinder.Find("Jude 3. Philemon 6. 3 John 4. Jude 1. Jude 30.", "en");

        Assert.Equal(["Jude 1:3", "Philemon 1:6", "3 John 1:4", "Jude 1"], matches.Select(m => m.Reference.ToCanonicalString()));
    }

    [Fact]
    public void Takes_a_blank_line_but_not_a_line_break_as_the_end_of_a_chapter_reference()
    {
        var blankLine = ScriptureFinder.Find("Pray Psalm 23\n\nEvery morning.", "en");
        var lineBreak = ScriptureFinder.Find("Pray Psalm 23\nevery morning.", "en");

        Assert.Equal("Psalm 23", Assert.Single(blankLine).Reference.ToCanonicalString());
        Assert.Empty(lineBreak);
    }

    [Fact]
    public void Reads_a_long_list_of_verses_as_one_reference()
    {
        var text = "Psalm 119:" + string.Join(", ", Enumerable.Range(1, 176)) + ".";

        var match = Assert.Single(ScriptureFinder.Find(text, "en"));

        Assert.Equal(176, match.Reference.Verses.Length);
        Assert.Equal(text.Length - 1, match.Length);
    }

    [Fact]
    public void Processes_a_megabyte_of_near_misses_in_one_pass()
    {
        var text = NearMisses(1 << 20, out var references);

        var matches = ScriptureFinder.Find(text, "en");

        Assert.Equal(references, matches.Length);
        Assert.All(matches, m => Assert.Equal("John 17:1", m.Reference.ToCanonicalString()));
    }

    [Fact]
    public void Does_not_allocate_per_character()
    {
        var text = NearMisses(1 << 20, out _).Replace("John 17.1", "John 17 x", StringComparison.Ordinal);
        ScriptureFinder.Find(text, "en"); // the first run may tier up the JIT, which allocates once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var matches = ScriptureFinder.Find(text, "en");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(matches);
        // One byte per character would be a megabyte; the margin leaves room for a one-off JIT event.
        Assert.True(allocated < 65_536, $"{allocated} bytes allocated for {text.Length} characters");
    }

    [Fact]
    public void Returns_ordered_matches_that_never_overlap_for_any_input()
    {
        const string alphabet = "John Ps Jude 1 Cor. Gé\u0301n Sal 3:16.,;-–—()0123456789  \n\u00a0abcIJ";
        var random = new Random(11);
        for (var n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var matches = ScriptureFinder.Find(text, random.Next(2) == 0 ? "en" : "es");

            for (var i = 0; i < matches.Length; i++)
            {
                Assert.True(matches[i].Start >= (i == 0 ? 0 : matches[i - 1].End) && matches[i].Length > 0 && matches[i].End <= text.Length, text);
                Assert.True(matches[i].Reference.Book.HasChapter(matches[i].Reference.Chapter), text);
            }
        }
    }

    // Near-misses of every kind the finder must weigh, plus runs built to make a backtracking matcher slow, and one real reference per chunk.
    private static string NearMisses(int length, out int references)
    {
        string[] pieces =
        [
            "Mark 5 people came. ", "Acts of kindness. ", "Job 2 interview, ", "a job 2 days ago ", "Numbers 3 and 4 show ",
            "Joel 2 years ago ", "Amos 3 times ", "John Smith 3:16 ", "Song of Song of Song of Songs ", "1 1 1 1 2 2 3 3 ",
            "Genesis 1111111111 ", "psalm 119:1, 2, 3, 4, 5 x", "John 3:16-99 ", "Romans 5:99-5, 8, 9, 1000 ", "::::----.... ",
            "Ge\u0301\u0301\u0301\u0301nesis 1:1 ", "First First First John ", "Genesis 2:24-26 ", "I I I I John ", "(John 17.1) ",
        ];
        var text = new StringBuilder(length + 200);
        references = 0;
        while (text.Length < length)
        {
            foreach (var piece in pieces)
            {
                text.Append(piece);
            }
            references++;
        }
        return text.ToString();
    }

    private static string Join(IEnumerable<string> items)
    {
        var joined = string.Join(" | ", items);
        return joined.Length == 0 ? "-" : joined;
    }

    private static List<string[]> ReadTable() =>
        File.ReadLines(TablePath, Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
}
