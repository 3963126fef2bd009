using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace TrustSite.Output;

/// <summary>Writes a <see cref="StringBuilder"/> to a file as UTF-8 chunk by chunk, without first making the whole text a string.</summary>
public static class Utf8FileWriter
{
    private const int BufferSize = 64 * 1024;

    [ThreadStatic]
    private static Encoder? t_encoder;

    public static void Write(string path, StringBuilder text)
    {
        var encoder = t_encoder ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        encoder.Reset();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            long offset = 0;
            var filled = 0;
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk.Span;
                while (!chars.IsEmpty)
                {
                    encoder.Convert(chars, buffer.AsSpan(filled), flush: false, out var charsUsed, out var bytesUsed, out _);
                    chars = chars[charsUsed..];
                    filled += bytesUsed;
                    // Room for at least one more character (4 bytes) is kept, so Convert always makes progress.
                    if (BufferSize - filled < 16)
                    {
                        Flush(handle, buffer, ref filled, ref offset);
                    }
                }
            }
            encoder.Convert([], buffer.AsSpan(filled), flush: true, out _, out var last, out _);
            filled += last;
            Flush(handle, buffer, ref filled, ref offset);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Flush(SafeFileHandle handle, byte[] buffer, ref int filled, ref long offset)
    {
        RandomAccess.Write(handle, buffer.AsSpan(0, filled), offset);
        offset += filled;
        filled = 0;
    }
}
