using System.Text;
using TrustSite.Output;

namespace TrustSite.Tests.Output;

public class Utf8FileWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(200_001)]
    public void Writes_the_same_bytes_as_encoding_the_whole_string(int repeats)
    {
        // Appended piece by piece, so the builder has many chunks; some end between the two halves of an emoji.
        var text = new StringBuilder(16);
        for (var i = 0; i < repeats; i++)
        {
            text.Append(i % 3 == 0 ? "a" : i % 3 == 1 ? "é" : "😀");
        }
        var path = Path.Combine(Path.GetTempPath(), "trustsite-utf8-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(path, "a longer file that was there before and must be replaced whole, not overwritten at its start");

            Utf8FileWriter.Write(path, text);

            Assert.Equal(new UTF8Encoding(false).GetBytes(text.ToString()), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
