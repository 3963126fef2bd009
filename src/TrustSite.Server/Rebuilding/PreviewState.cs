using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Server.Rebuilding;

/// <summary>What the preview shows now: the version browsers compare to know when to reload, and the errors of the last build if it failed.</summary>
/// <param name="Version">Changes whenever what a browser shows may have changed; unique to this server run.</param>
/// <param name="Pages">The addresses whose page changed with this version ("/about/"), or "*" for every page (a stylesheet, an error).</param>
/// <param name="Errors">The last build's diagnostics when it failed; empty while the site builds.</param>
/// <param name="Sources">The lines of the files the errors point at, read right after the build.</param>
public sealed record PreviewState(string Version, ImmutableArray<string> Pages, ImmutableArray<Diagnostic> Errors, SourceTextCache Sources)
{
    public const string EveryPage = "*";

    public bool IsBroken => !Errors.IsEmpty;
}
