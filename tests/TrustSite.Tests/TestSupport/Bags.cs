using TrustSite.Diagnostics;

namespace TrustSite.Tests.TestSupport;

/// <summary>Short ways to look at diagnostics in assertions.</summary>
public static class Bags
{
    public static Diagnostic Single(this DiagnosticBag bag) => Assert.Single(bag.ToSortedArray());

    public static string Describe(this IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Location}: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}"));
}
