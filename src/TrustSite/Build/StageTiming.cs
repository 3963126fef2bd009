namespace TrustSite.Build;

/// <summary>How long one stage of the build took, and how much memory it allocated (all threads), for --timings and the bench.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    public long AllocatedBytes { get; init; }
}
