using System.Text;
using Deque.AxeCore.Commons;

namespace TrustSite.BrowserTests.Support;

/// <summary>Writes axe violations so that the failure message alone says what to fix and where.</summary>
public static class AxeReport
{
    public static string Describe(string path, Viewport viewport, IReadOnlyCollection<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} violation(s) on {path} at {viewport.Name}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    {path} {node.Target}: {Why(node)}");
            }
        }
        return text.ToString();
    }

    /// <summary>axe's own explanation: the checks that failed ("Element has insufficient color contrast of 3.1 ...").</summary>
    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).Distinct());
}
