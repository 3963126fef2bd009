using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TrustSite.Privacy;

/// <summary>The known trackers and third parties of trackers.txt, which the audit names when a site contacts them.</summary>
public sealed partial class TrackerList
{
    private const string ResourceName = "TrustSite.Privacy.trackers.txt";

    private static readonly Lazy<TrackerList> Shipped = new(() => Parse(ReadResource()));

    private TrackerList(ImmutableArray<Tracker> entries) => Entries = entries;

    /// <summary>The list shipped with TrustSite (src/TrustSite/Privacy/trackers.txt).</summary>
    public static TrackerList Default => Shipped.Value;

    /// <summary>Every entry, in the order of the file.</summary>
    public ImmutableArray<Tracker> Entries { get; }

    /// <summary>The entry with the longest pattern matching the address, or null for a host nobody listed.</summary>
    public Tracker? Match(Uri address) =>
        Entries.Where(e => e.Matches(address)).OrderByDescending(e => e.Pattern.Length).FirstOrDefault();

    /// <summary>Reads the list's text; a malformed line is a bug in the shipped file, so it throws with the line's number.</summary>
    public static TrackerList Parse(string text)
    {
        var entries = ImmutableArray.CreateBuilder<Tracker>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            entries.Add(ParseLine(line) ?? throw new FormatException($"trackers.txt:{i + 1}: expected 'host[/path] | name | category', got \"{line}\""));
        }
        return new TrackerList(entries.ToImmutable());
    }

    /// <summary>A category as trackers.txt writes it: "session-replay" for SessionReplay.</summary>
    public static string CategoryName(TrackerCategory category) => CategoryWord().Replace(category.ToString(), "-$1").ToLowerInvariant();

    private static Tracker? ParseLine(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !PatternSyntax().IsMatch(parts[0]) || parts[1].Length == 0)
        {
            return null;
        }
        var category = Enum.GetValues<TrackerCategory>().Cast<TrackerCategory?>().FirstOrDefault(c => CategoryName(c!.Value) == parts[2]);
        return category is { } known ? new Tracker(parts[0], parts[1], known) : null;
    }

    private static string ReadResource()
    {
        using var stream = typeof(TrackerList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Lower-case host names with at least one dot, then an optional path without query or spaces.
    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+(/[A-Za-z0-9._~/-]+)?$")]
    private static partial Regex PatternSyntax();

    [GeneratedRegex(@"(?<!^)([A-Z])")]
    private static partial Regex CategoryWord();
}
