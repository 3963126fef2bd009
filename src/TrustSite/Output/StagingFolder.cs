using System.Runtime.InteropServices;
using System.Text;

namespace TrustSite.Output;

/// <summary>A fresh folder beside the output where a build writes; swapped in whole on success, deleted on failure.</summary>
/// <remarks>Readers of the output (a web server, a deploy) therefore see the old site or the new one, never a mix.</remarks>
public sealed partial class StagingFolder : IOutputTarget
{
    public const string StagingPrefix = ".trustsite-staging-";
    public const string RetiredPrefix = ".trustsite-retired-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private bool _committed;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    public string Path { get; }

    public static StagingFolder Create(string outputPath)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputPath));
        var parent = System.IO.Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        CleanLeftovers(output);
        var name = StagingPrefix + System.IO.Path.GetFileName(output) + "-" + Guid.NewGuid().ToString("N")[..12];
        var path = System.IO.Path.Combine(parent, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, OutputGuard.MarkerFile), "This folder is written by TrustSite and replaced whole at every build.\n");
        return new StagingFolder(output, path);
    }

    public void WriteText(string file, string content) => File.WriteAllText(PrepareFile(file), content, Utf8);

    public void WriteText(string file, StringBuilder content) => Utf8FileWriter.Write(PrepareFile(file), content);

    public void WriteBytes(string file, byte[] content) => File.WriteAllBytes(PrepareFile(file), content);

    public void CopyFrom(string sourceFile, string file) => File.Copy(sourceFile, PrepareFile(file), overwrite: false);

    /// <summary>Puts the staged site in place of the output: atomically where the system can exchange two folders.</summary>
    public void Commit(IReadOnlyCollection<string> siteFiles) => Commit();

    public void Commit()
    {
        if (Directory.Exists(_output))
        {
            if (!TryExchange(Path, _output))
            {
                var retired = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output)!,
                    RetiredPrefix + System.IO.Path.GetFileName(_output) + "-" + Guid.NewGuid().ToString("N")[..12]);
                Directory.Move(_output, retired);
                Directory.Move(Path, _output);
                TryDelete(retired);
            }
            else
            {
                // After the exchange, the staging path holds the previous site.
                TryDelete(Path);
            }
        }
        else
        {
            Directory.Move(Path, _output);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Path);
        }
    }

    /// <summary>The file's full path in the staging folder, with its folder created.</summary>
    private string PrepareFile(string file)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, file));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Paths are checked where authors write them; reaching this is a bug, never a user's mistake.
            throw new InvalidOperationException($"refusing to write outside the output folder: {file}");
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Removes what a killed build left beside the output: its staging folder, or a retired site that a crash kept.</summary>
    private static void CleanLeftovers(string output)
    {
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        foreach (var retired in Directory.EnumerateDirectories(parent, RetiredPrefix + name + "-*"))
        {
            if (!Directory.Exists(output) && File.Exists(System.IO.Path.Combine(retired, OutputGuard.MarkerFile)))
            {
                // Killed between the two moves: the retired folder is the last good site, so it goes back.
                Directory.Move(retired, output);
                continue;
            }
            TryDeleteOwned(retired);
        }
        foreach (var staging in Directory.EnumerateDirectories(parent, StagingPrefix + name + "-*"))
        {
            TryDeleteOwned(staging);
        }
    }

    // Only a folder carrying our marker is ever deleted, so an author's folder with a similar name is safe.
    private static void TryDeleteOwned(string folder)
    {
        if (File.Exists(System.IO.Path.Combine(folder, OutputGuard.MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            // The marker goes last: a build killed while deleting leaves a folder that still says it is ours,
            // so the next build finishes the job instead of keeping an anonymous half-deleted site forever.
            var marker = System.IO.Path.Combine(folder, OutputGuard.MarkerFile);
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => e != marker).ToList())
            {
                if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover is cleaned by the next build; failing the build for it would help no one.
        }
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            const int AtFdCwd = -100;
            const uint RenameExchange = 2;
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
