using System.Collections.Immutable;
using TrustSite.Build;
using TrustSite.Diagnostics;

namespace TrustSite.Tests.TestSupport;

/// <summary>Runs a <see cref="TempSite"/> as `trustsite check` does: the whole build up to its checks, writing nothing.</summary>
public static class CheckRunner
{
    public static BuildResult Check(this TempSite site, bool drafts = false, bool strict = false) =>
        new SiteBuilder(TimeProvider.System, name => name == "SOURCE_DATE_EPOCH" ? "1767225600" : null)
            .Build(new BuildOptions(site.Root, "public", IncludeDrafts: drafts, Strict: strict, WriteOutput: false));

    /// <summary>The diagnostics of one code, in the build's order.</summary>
    public static ImmutableArray<Diagnostic> WithCode(this BuildResult result, string code) => [.. result.Diagnostics.Where(d => d.Code == code)];
}
