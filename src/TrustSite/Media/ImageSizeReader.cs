using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustSite.Media;

/// <summary>Reads an image's size from its first bytes (PNG, GIF, JPEG, WebP, SVG), so pages can reserve its space and never shift as it loads.</summary>
public sealed partial class ImageSizeReader
{
    private readonly ConcurrentDictionary<string, ImageSize?> _cache = new(StringComparer.Ordinal);

    public ImageSize? Read(string path) => _cache.GetOrAdd(path, ReadUncached);

    public static ImageSize? ReadUncached(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[Math.Min(stream.Length, 64 * 1024)];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return Parse(header.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ImageSize? Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Valid(BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }
        if (data.Length >= 10 && data[..3].SequenceEqual("GIF"u8))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            return Jpeg(data);
        }
        if (data.Length >= 30 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(data);
        }
        return Svg(data);
    }

    private static ImageSize? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }
            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers carry the size; C4 (DHT), C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return Valid(BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }
            i += 2 + length;
        }
        return null;
    }

    private static ImageSize? WebP(ReadOnlySpan<byte> data)
    {
        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Valid((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Valid(1 + (data[24] | data[25] << 8 | data[26] << 16), 1 + (data[27] | data[28] << 8 | data[29] << 16));
        }
        return null;
    }

    private static ImageSize? Svg(ReadOnlySpan<byte> data)
    {
        var text = System.Text.Encoding.UTF8.GetString(data);
        var root = SvgRoot().Match(text);
        if (!root.Success)
        {
            return null;
        }
        var tag = root.Value;
        if (Number(tag, "width") is { } width && Number(tag, "height") is { } height)
        {
            return Valid((int)Math.Round(width), (int)Math.Round(height));
        }
        var viewBox = ViewBox().Match(tag);
        if (viewBox.Success && double.TryParse(viewBox.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(viewBox.Groups[4].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
        {
            return Valid((int)Math.Round(w), (int)Math.Round(h));
        }
        return null;
    }

    private static double? Number(string tag, string attribute)
    {
        var match = Regex.Match(tag, $@"\s{attribute}\s*=\s*[""']\s*([0-9.]+)\s*(px)?\s*[""']");
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static ImageSize? Valid(int width, int height) => width > 0 && height > 0 ? new ImageSize(width, height) : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex(@"viewBox\s*=\s*[""']\s*([-0-9.]+)[\s,]+([-0-9.]+)[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*[""']")]
    private static partial Regex ViewBox();
}
