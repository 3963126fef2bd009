using TrustSite.Diagnostics;

namespace TrustSite.Tests.Diagnostics;

public class DiagnosticBagTests
{
    [Fact]
    public void Sorts_by_file_then_position_whatever_the_order_reported()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 100, i => bag.Error("TS1", new SourceLocation($"f{i % 3}.md", 100 - i, 1), "m"));

        var sorted = bag.ToSortedArray();

        Assert.Equal(100, sorted.Length);
        Assert.Equal(100, bag.ErrorCount);
        Assert.Equal(sorted.OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line), sorted);
    }
}
