using TrustSite.Diagnostics;

namespace TrustSite.Output;

/// <summary>One file the build will write, and where it comes from, so that two sources for one file can both be named.</summary>
/// <param name="File">The path inside the output folder, with '/' ("articles/hope/index.html").</param>
/// <param name="Origin">The source as a person reads it: a file's path, or "the list of articles".</param>
public sealed record OutputEntry(string File, string Origin, SourceLocation Location);
