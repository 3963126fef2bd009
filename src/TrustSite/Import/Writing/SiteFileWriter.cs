namespace TrustSite.Import.Writing;

/// <summary>Writes files into the site atomically (temporary file, then rename), never over a file an author has edited
/// or the importer did not write, unless forced; it never deletes anything.</summary>
public sealed class SiteFileWriter(string root, ImportManifest manifest, bool force)
{
    public WriteOutcome Write(string sitePath, byte[] content)
    {
        var full = Path.Combine(root, sitePath);
        var hash = ImportManifest.Hash(content);
        if (!File.Exists(full))
        {
            WriteAtomically(full, content);
            manifest.Record(sitePath, hash);
            return WriteOutcome.Written;
        }
        var current = ImportManifest.Hash(File.ReadAllBytes(full));
        if (current == hash)
        {
            manifest.Record(sitePath, hash);
            return WriteOutcome.Unchanged;
        }
        var recorded = manifest.HashOf(sitePath);
        if (recorded == current)
        {
            WriteAtomically(full, content);
            manifest.Record(sitePath, hash);
            return WriteOutcome.Written;
        }
        if (!force)
        {
            return recorded is null ? WriteOutcome.SkippedForeign : WriteOutcome.SkippedEdited;
        }
        WriteAtomically(full, content);
        manifest.Record(sitePath, hash);
        return WriteOutcome.Forced;
    }

    /// <summary>Adds text at the end of a file (site.yml's menus), keeping every existing byte, atomically.</summary>
    public void Append(string sitePath, string text)
    {
        var full = Path.Combine(root, sitePath);
        var existing = File.ReadAllBytes(full);
        var lineEnding = System.Text.Encoding.UTF8.GetString(existing).Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var separator = existing.Length == 0 || existing[^1] == (byte)'\n' ? "" : lineEnding;
        var addition = ImportManifest.Utf8(separator + text.ReplaceLineEndings(lineEnding));
        WriteAtomically(full, [.. existing, .. addition]);
    }

    /// <summary>Writes beside the target, then renames over it: a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string fullPath, byte[] content)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        // A dot-name ending in .tmp is ignored by the build, should a crash ever leave one behind.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
