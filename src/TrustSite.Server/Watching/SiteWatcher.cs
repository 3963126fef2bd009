using System.Threading.Channels;

namespace TrustSite.Server.Watching;

/// <summary>Watches content/, themes/ and site.yml, and hands over each burst of changes once the files have been quiet for a moment.</summary>
/// <remarks>
/// Editors save in several steps (a temporary file, a rename, a change of times); waiting for a short quiet period turns them,
/// and several quick saves, into one rebuild.
/// </remarks>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>Stands in a batch for "the watcher lost track": everything may have changed.</summary>
    public const string EverythingChanged = "*";

    private readonly string _root;
    private readonly TimeSpan _quiet;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });

    public SiteWatcher(string root, TimeSpan quiet)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        foreach (var folder in new[] { "content", "themes" })
        {
            var path = Path.Combine(_root, folder);
            if (Directory.Exists(path))
            {
                _watchers.Add(Watch(path, "*", subfolders: true));
            }
        }
        _watchers.Add(Watch(_root, Configuration.SiteConfigLoader.FileName, subfolders: false));
    }

    /// <summary>The batches of changed files, relative to the site with '/'; see <see cref="EverythingChanged"/>.</summary>
    public async IAsyncEnumerable<IReadOnlyCollection<string>> Batches([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancel).ConfigureAwait(false))
        {
            var batch = new Batch();
            Drain(reader, batch);
            // Wait until nothing has changed for the quiet period, but never hold a rebuild back for long.
            var deadline = DateTime.UtcNow + TimeSpan.FromTicks(_quiet.Ticks * 10);
            while (DateTime.UtcNow < deadline)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                quiet.CancelAfter(_quiet);
                try
                {
                    if (!await reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false))
                    {
                        break;
                    }
                    Drain(reader, batch);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    break;
                }
            }
            if (batch.Paths(_root) is { Count: > 0 } paths)
            {
                yield return paths;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _changes.Writer.TryComplete();
    }

    private static void Drain(ChannelReader<Change> reader, Batch batch)
    {
        while (reader.TryRead(out var change))
        {
            batch.Add(change);
        }
    }

    private FileSystemWatcher Watch(string path, string filter, bool subfolders)
    {
        var watcher = new FileSystemWatcher(path, filter)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Note(e.FullPath, created: false);
        watcher.Created += (_, e) => Note(e.FullPath, created: true);
        watcher.Deleted += (_, e) => Note(e.FullPath, created: false);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath, created: false);
            Note(e.FullPath, created: false);
        };
        // Too many changes at once (a checkout, a copy of a folder): rebuild everything rather than guess.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(new Change(EverythingChanged, Created: false));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Note(string fullPath, bool created)
    {
        if (EditorLeftovers.IsOne(Path.GetFileName(fullPath)))
        {
            return;
        }
        _changes.Writer.TryWrite(new Change(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'), created));
    }

    private readonly record struct Change(string Path, bool Created);

    /// <summary>The changes of one burst; a file that appeared and went away within it (a tool's temporary file) is not one.</summary>
    private sealed class Batch
    {
        private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _created = new(StringComparer.Ordinal);

        public void Add(Change change)
        {
            if (_paths.Add(change.Path) && change.Created)
            {
                _created.Add(change.Path);
            }
        }

        public IReadOnlyCollection<string> Paths(string root)
        {
            _paths.RemoveWhere(p => _created.Contains(p) && !File.Exists(System.IO.Path.Combine(root, p)) && !Directory.Exists(System.IO.Path.Combine(root, p)));
            return _paths;
        }
    }
}
