using TrustSite.Server.Watching;

namespace TrustSite.Server.Rebuilding;

/// <summary>
/// The time and size of each file a rebuild was asked about. When they differ after a failed build, the file was written
/// again while the build read it (editors that save in place truncate first): the errors may come from a half-saved file,
/// and the watcher's next rebuild will read it whole.
/// </summary>
/// <remarks>Size as well as time, since file times come from a coarse clock: a truncate and its write can share one tick.</remarks>
public sealed class SourceStamps
{
    private readonly (DateTime Time, long Size)[] _stamps;

    private SourceStamps((DateTime, long)[] stamps) => _stamps = stamps;

    /// <param name="changed">Paths relative to <paramref name="root"/>, as the watcher reports them.</param>
    public static SourceStamps Take(string root, IReadOnlyCollection<string> changed) =>
        new([.. changed.Where(path => path != SiteWatcher.EverythingChanged).Select(path =>
        {
            var file = new FileInfo(Path.Combine(root, path));
            return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        })]);

    /// <summary>Whether any file was written, created or deleted since <paramref name="earlier"/> was taken.</summary>
    public bool DifferFrom(SourceStamps earlier) => !_stamps.AsSpan().SequenceEqual(earlier._stamps);
}
