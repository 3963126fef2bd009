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
        var full = FullPathOf(file);
        // Unchanged bytes are left alone: the preview's watchers and caches see only real changes.
        if (File.Exists(full) && new FileInfo(full).Length == content.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
        {
            return;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Environment.CurrentManagedThreadId;
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, full, overwrite: true);
        Interlocked.Increment(ref _written);
        _changed.Enqueue(file.TrimStart('/'));
    }

    public void CopyFrom(string sourceFile, string file) => WriteBytes(file, File.ReadAllBytes(sourceFile));

    public void Commit(IReadOnlyCollection<string> siteFiles)
    {
        var keep = new HashSet<string>(siteFiles.Select(f => f.TrimStart('/')), StringComparer.Ordinal) { OutputGuard.MarkerFile };
        if (!Directory.Exists(Path))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
            if (!keep.Contains(relative))
            {
                File.Delete(file);
                _changed.Enqueue(relative);
            }
        }
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
