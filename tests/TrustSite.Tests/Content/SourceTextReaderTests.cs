using System.Text;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Content;

public class SourceTextReaderTests
{
    [Theory]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\r")]
    [InlineData("a\nb\n")]
    public void Reads_every_line_ending_as_newline(string text)
    {
        Assert.Equal("a\nb\n", SourceTextReader.Decode(Encoding.UTF8.GetBytes(text), "a.md", new DiagnosticBag()));
    }

    [Fact]
    public void Drops_a_utf8_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: é\n")];

        Assert.Equal("---\ntitle: é\n", SourceTextReader.Decode(bytes, "a.md", new DiagnosticBag()));
    }

    [Fact]
    public void Reads_utf16_from_windows_editors()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("título")];

        Assert.Equal("título", SourceTextReader.Decode(bytes, "a.md", new DiagnosticBag()));
    }

    [Fact]
    public void Errors_on_invalid_utf8_at_its_line_and_column()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: caf"), 0xE9, .. Encoding.UTF8.GetBytes("\n---\n")];

        Assert.Null(SourceTextReader.Decode(bytes, "content/a.md", bag));
        var diagnostic = bag.Single();
        Assert.Equal(new SourceLocation("content/a.md", 2, 11), diagnostic.Location);
        Assert.Contains("not valid UTF-8", diagnostic.Message);
    }

    [Fact]
    public void Errors_on_a_binary_file()
    {
        var bag = new DiagnosticBag();

        Assert.Null(SourceTextReader.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], "content/photo.md", bag));
        Assert.Contains("binary", bag.Single().Message);
    }

    [Fact]
    public void Reads_an_empty_file_as_empty_text()
    {
        Assert.Equal("", SourceTextReader.Decode([], "a.md", new DiagnosticBag()));
    }

    public static TheoryData<byte[]> Files()
    {
        var files = new TheoryData<byte[]>();
        files.Add(Encoding.UTF8.GetBytes("---\ntitle: é\n---\nBody\n"));
        files.Add([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: A\n---\n")]);
        files.Add(Encoding.UTF8.GetBytes("a\r\nb\u2028c\r"));
        files.Add([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("título\r\n")]);
        files.Add([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("título")]);
        files.Add([]);
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_as_utf8_the_same_text_as_decode(byte[] bytes)
    {
        var utf8 = SourceTextReader.DecodeUtf8(bytes, "a.md", new DiagnosticBag());

        Assert.NotNull(utf8);
        Assert.Equal(SourceTextReader.Decode(bytes, "a.md", new DiagnosticBag()), Encoding.UTF8.GetString(utf8.Value.Span));
    }

    [Fact]
    public void Reads_a_plain_utf8_file_as_its_own_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: A\n---\nBody\n");

        var utf8 = SourceTextReader.DecodeUtf8(bytes, "a.md", new DiagnosticBag());

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8!.Value, out var segment));
        Assert.Same(bytes, segment.Array);
    }

    [Fact]
    public void Reads_as_utf8_nothing_from_invalid_or_binary_files_and_says_why()
    {
        var bag = new DiagnosticBag();

        Assert.Null(SourceTextReader.DecodeUtf8([.. Encoding.UTF8.GetBytes("---\ntitle: caf"), 0xE9], "content/a.md", bag));
        Assert.Null(SourceTextReader.DecodeUtf8([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], "content/photo.md", bag));
        Assert.Equal(["content/a.md", "content/photo.md"], bag.ToSortedArray().Select(d => d.Location.Path));
    }
}
