using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace TrustSite.Output;

/// <summary>The preview's output folder, updated in place: each file is written beside itself and renamed over the old one.</summary>
/// <remarks>A rename is atomic, so the preview server never sends half a page; files the site no longer has are removed on commit.</remarks>
public sealed class LiveFolder : IOutputTarget
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentQueue<string> _changed = new();
    // What this folder holds, by file: the digest of the bytes written, so that an unchanged file is neither read nor rewritten.
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);
    private HashSet<string>? _present;
    private int _written;

    /// <summary>Opens the folder, creating it with TrustSite's marker so that the output guard knows it as the tool's own.</summary>
    public LiveFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
        var marker = System.IO.Path.Combine(Path, OutputGuard.MarkerFile);
        if (!File.Exists(marker))
        {
            File.WriteAllText(marker, "This folder is written by TrustSite's preview server and updated at every save.\n");
        }
    }

    public string Path { get; }

    /// <summary>How many files this folder has really changed, for the preview's summary.</summary>
    public int FilesWritten => Volatile.Read(ref _written);

    public void WriteText(string file, string content) => WriteBytes(file, Utf8.GetBytes(content));

    public void WriteBytes(string file, byte[] content)
    {
        var relative = file.TrimStart('/');
        var full = FullPathOf(relative);
        var digest = System.Security.Cryptography.SHA256.HashData(content);
        // Unchanged bytes are left alone: the preview's watchers and caches see only real changes.
        if (_digests.TryGetValue(relative, out var previous) ? previous.AsSpan().SequenceEqual(digest) && File.Exists(full) : SameAsOnDisk(full, content))
        {
            _digests[relative] = digest;
            return;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.CurrentManagedThreadId;
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, full, overwrite: true);
        _digests[relative] = digest;
        Interlocked.Increment(ref _written);
        _changed.Enqueue(relative);
    }

    public void CopyFrom(string sourceFile, string file) => WriteBytes(file, File.ReadAllBytes(sourceFile));

    /// <summary>Removes the files the site no longer has; the first time by looking at the folder, then from what it wrote.</summary>
    public void Commit(IReadOnlyCollection<string> siteFiles)
    {
        var keep = new HashSet<string>(siteFiles.Select(f => f.TrimStart('/')), StringComparer.Ordinal) { OutputGuard.MarkerFile };
        var present = _present ?? (Directory.Exists(Path)
            ? [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))]
            : []);
        present.UnionWith(_digests.Keys);
        foreach (var relative in present.Where(f => !keep.Contains(f)))
        {
            File.Delete(System.IO.Path.Combine(Path, relative));
            _digests.TryRemove(relative, out _);
            _changed.Enqueue(relative);
        }
        present.IntersectWith(keep);
        _present = present;
    }

    /// <summary>The files written or deleted since the last call, relative to the folder with '/', each once and sorted.</summary>
    public ImmutableArray<string> TakeChanged()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        while (_changed.TryDequeue(out var file))
        {
            files.Add(file);
        }
        return [.. files];
    }

    public void Dispose()
    {
    }

    private static bool SameAsOnDisk(string full, byte[] content)
    {
        var info = new FileInfo(full);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(content);
    }

    private string FullPathOf(string file)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, file));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {file}");
        }
        return full;
    }
}
