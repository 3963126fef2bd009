using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrustSite.Import.Writing;

/// <summary>content/_data/wordpress-import.json: each file the importer wrote, with the SHA-256 of what it wrote,
/// so that a later import can tell its own untouched files from files an author has edited.</summary>
public sealed class ImportManifest
{
    public const string SitePath = "content/_data/wordpress-import.json";

    private readonly SortedDictionary<string, string> _files;

    private ImportManifest(SortedDictionary<string, string> files) => _files = files;

    public static ImportManifest Empty => new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Reads the manifest; null when it exists but cannot be read, so the caller can say so and trust nothing.</summary>
    public static ImportManifest? Load(string root)
    {
        var path = Path.Combine(root, SitePath);
        if (!File.Exists(path))
        {
            return Empty;
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("files").EnumerateObject())
            {
                files[entry.Name] = entry.Value.GetString() ?? "";
            }
            return new ImportManifest(files);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    public ImmutableSortedDictionary<string, string> Files => _files.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public string? HashOf(string sitePath) => _files.TryGetValue(sitePath, out var hash) ? hash : null;

    public void Record(string sitePath, string hash) => _files[sitePath] = hash;

    public static string Hash(ReadOnlySpan<byte> content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The manifest as indented JSON with '\n' line endings and sorted paths, the same bytes for the same files.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("about", "Files written by trustsite import wordpress, with the SHA-256 of what was written. "
                + "A file whose content no longer matches was edited by hand and is not overwritten without --force.");
            writer.WriteStartObject("files");
            foreach (var (path, hash) in _files)
            {
                writer.WriteString(path, hash);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
