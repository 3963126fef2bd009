using System.Collections.Immutable;
using TrustSite.Build;

namespace TrustSite.Server.Rebuilding;

/// <summary>One rebuild, for the terminal: what changed, what the build did, how long it took.</summary>
/// <param name="Changed">The files whose change started it, relative to the site; empty for the first build.</param>
/// <param name="PagesRendered">Pages rendered again; the others were the same as before.</param>
/// <param name="FilesWritten">Files of the preview that really changed on disk.</param>
/// <param name="FirstPages">When the edit touched only bodies, how long until their pages were on disk, before the rest was rebuilt.</param>
public sealed record RebuildReport(ImmutableArray<string> Changed, BuildResult Result, int PagesRendered, int FilesWritten, TimeSpan Elapsed,
    TimeSpan? FirstPages = null);
