namespace TrustSite.Build;

/// <summary>How far a stage of the build has got: <paramref name="Done"/> of <paramref name="Total"/> items (pages, for "render").</summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
