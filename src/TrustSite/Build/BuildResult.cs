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
}
