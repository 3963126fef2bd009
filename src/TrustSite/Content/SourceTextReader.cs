using System.Buffers;
using System.Text;
using System.Text.Unicode;
using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>Reads a text file as authors save it: UTF-8 with or without BOM, UTF-16 from Windows editors, any line ending.</summary>
public static class SourceTextReader
{
    /// <summary>Returns the text with '\n' line endings, or null after reporting why the file is not text.</summary>
    public static string? Read(string fullPath, string sitePath, DiagnosticBag diagnostics) =>
        ReadBytes(fullPath, sitePath, diagnostics) is { } bytes ? Decode(bytes, sitePath, diagnostics) : null;

    /// <summary>
    /// Returns the same text as <see cref="Read"/> but in UTF-8, or null after reporting why the file is not text: for a file in
    /// UTF-8 with '\n' line endings (the usual case), the file's own bytes without a string of the text.
    /// </summary>
    public static ReadOnlyMemory<byte>? ReadUtf8(string fullPath, string sitePath, DiagnosticBag diagnostics)
    {
        var bytes = ReadBytes(fullPath, sitePath, diagnostics);
        return bytes is null ? default(ReadOnlyMemory<byte>?) : DecodeUtf8(bytes, sitePath, diagnostics);
    }

    /// <summary>What <see cref="Decode"/> returns, in UTF-8.</summary>
    public static ReadOnlyMemory<byte>? DecodeUtf8(byte[] bytes, string sitePath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var utf8 = bytes.AsMemory(start);
        var span = utf8.Span;
        // UTF-16, NUL bytes, invalid UTF-8 and '\r' (which line endings to change) take the string path, as rare as they are.
        if (start == 0 && (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            || span[..Math.Min(span.Length, 8000)].Contains((byte)0) || span.Contains((byte)'\r') || !Utf8.IsValid(span))
        {
            // Spelled out: in a conditional expression, null would convert to an empty ReadOnlyMemory rather than to no value.
            if (Decode(bytes, sitePath, diagnostics) is not { } text)
            {
                return null;
            }
            return Encoding.UTF8.GetBytes(text);
        }
        return utf8;
    }

    private static byte[]? ReadBytes(string fullPath, string sitePath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(sitePath), $"cannot read the file: {e.Message}",
                "check that the file is not open in another program and that you may read it");
            return null;
        }
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string sitePath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Normalize(Encoding.Unicode.GetString(bytes[2..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Normalize(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes[..Math.Min(bytes.Length, 8000)].Contains((byte)0))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(sitePath, 1, 1),
                "this file looks binary (it contains NUL bytes), not Markdown text", "rename it if it is an image or a download, or save it as UTF-8 text");
            return null;
        }
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(bytes[..read]);
                diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(sitePath, line, column),
                    $"this file is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read})", "save the file with the UTF-8 encoding");
                return null;
            }
            return Normalize(new string(chars, 0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Normalize(string text) => text.Contains('\r') ? text.ReplaceLineEndings("\n") : text;

    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var line = 1 + before.Count((byte)'\n');
        var lastBreak = before.LastIndexOf((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(before[(lastBreak + 1)..]);
        return (line, column);
    }
}
