using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Pages;

namespace TrustSite.Build;

/// <summary>What a build did: its diagnostics, the pages it wrote by kind, what it left out, and time by stage.</summary>
public sealed record BuildResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<PageKind, int> PagesByKind,
    int FilesCopied,
    int Drafts,
    int Future,
    int Expired,
    ImmutableArray<StageTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PageCount => PagesByKind.Values.Sum();

    /// <summary>The documents left out, and why: draft, future or expired.</summary>
    public ImmutableArray<ExcludedFile> Excluded { get; init; } = [];

    /// <summary>The privacy audit of the staged site, run by `build --strict` (and for --report) before it was published; null otherwise.</summary>
    public TrustSite.Privacy.PrivacyReport? Privacy { get; init; }
}

/// <summary>A content file the build left out, with the reason in one word.</summary>
public sealed record ExcludedFile(string Path, string Reason);
