using System.Text;
using TrustSite.Diagnostics;

namespace TrustSite.Tests.Diagnostics;

public class SourceTextCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trustsite-sources-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Reference(string text) => text.ReplaceLineEndings("\n").Split('\n');

    public static TheoryData<string> Texts()
    {
        // A CRLF placed so that the first read (2,048 characters) ends between its CR and its LF.
        var straddling = new string('a', 2047) + "\r\nnext\r\nlast";
        var mixed = "one\rtwo\r\nthree\nfour\u0085five\u2028six\u2029seven\feight\n\nnine\r\n";
        var long100k = string.Concat(Enumerable.Range(1, 20_000).Select(n => $"line {n}\r\n"));
        return new TheoryData<string> { "", "single", "ends with newline\n", straddling, mixed, long100k, "é😀\n\u00e9\r" };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_every_line_as_splitting_the_whole_text_would(string text)
    {
        File.WriteAllText(Path.Combine(_root, "a.md"), text, new UTF8Encoding(false));
        var expected = Reference(text);
        var cache = new SourceTextCache(_root);

        // Asked out of order: a later line first, then earlier ones, then past the end.
        Assert.Equal(expected[^1], cache.GetLine("a.md", expected.Length));
        for (var line = 1; line <= expected.Length; line++)
        {
            Assert.Equal(expected[line - 1], cache.GetLine("a.md", line));
        }
        Assert.Null(cache.GetLine("a.md", expected.Length + 1));
        Assert.Null(cache.GetLine("a.md", 0));
    }

    [Fact]
    public void Reads_files_with_a_byte_order_mark_as_ReadAllText_does()
    {
        File.WriteAllText(Path.Combine(_root, "u16.md"), "title: é\nsecond", Encoding.Unicode);

        Assert.Equal("second", new SourceTextCache(_root).GetLine("u16.md", 2));
    }

    [Fact]
    public void Has_no_lines_for_a_missing_file_and_the_remembered_text_for_a_known_one()
    {
        var cache = new SourceTextCache(_root);
        cache.Remember("virtual.yml", "a\nb");

        Assert.Null(cache.GetLine("missing.md", 1));
        Assert.Equal("b", cache.GetLine("virtual.yml", 2));
    }
}
