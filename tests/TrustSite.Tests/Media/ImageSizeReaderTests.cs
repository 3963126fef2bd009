using System.Text;
using TrustSite.Media;

namespace TrustSite.Tests.Media;

public class ImageSizeReaderTests
{
    [Fact]
    public void Reads_png()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 3, 0x20, 0, 0, 1, 0xC2];

        Assert.Equal(new ImageSize(800, 450), ImageSizeReader.Parse(png));
    }

    [Fact]
    public void Reads_gif()
    {
        byte[] gif = [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00];

        Assert.Equal(new ImageSize(320, 240), ImageSizeReader.Parse(gif));
    }

    [Fact]
    public void Reads_jpeg_past_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46,           // APP0, 4 bytes of payload
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00,                       // DHT, not a frame
            0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x01, 0xC2, 0x03, 0x20, 0x01, 0x00, 0x00,
        ];

        Assert.Equal(new ImageSize(800, 450), ImageSizeReader.Parse(jpeg));
    }

    [Fact]
    public void Reads_lossless_webp()
    {
        // VP8L: 14 bits width-1, 14 bits height-1 after the signature byte 0x2F.
        var bits = (uint)(799 | (449 << 14));
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8L"u8, 0, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0];

        Assert.Equal(new ImageSize(800, 450), ImageSizeReader.Parse(webp));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"450\">", 800, 450)]
    [InlineData("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 1200 630\" xmlns=\"http://www.w3.org/2000/svg\">", 1200, 630)]
    [InlineData("<svg width=\"100px\" height='50px'>", 100, 50)]
    public void Reads_svg_from_its_size_or_view_box(string svg, int width, int height)
    {
        Assert.Equal(new ImageSize(width, height), ImageSizeReader.Parse(Encoding.UTF8.GetBytes(svg)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("<svg width=\"100%\">")]
    public void Returns_nothing_for_what_it_cannot_measure(string text)
    {
        Assert.Null(ImageSizeReader.Parse(Encoding.UTF8.GetBytes(text)));
    }
}
