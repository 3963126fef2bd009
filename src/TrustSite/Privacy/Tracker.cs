namespace TrustSite.Privacy;

/// <summary>One entry of the tracker list: a host (and its subdomains), optionally narrowed to addresses under a path.</summary>
/// <param name="Pattern">As written in trackers.txt, such as "facebook.com/tr".</param>
public sealed record Tracker(string Pattern, string Name, TrackerCategory Category)
{
    /// <summary>The host part of the pattern, such as "facebook.com".</summary>
    public string Host => Pattern.Split('/', 2)[0];

    /// <summary>The path part of the pattern with its leading '/', or "" when the whole host is meant.</summary>
    public string Path => Pattern.Contains('/') ? Pattern[Pattern.IndexOf('/')..] : "";

    /// <summary>The category as trackers.txt writes it, such as "session-replay".</summary>
    public string CategoryName => TrackerList.CategoryName(Category);

    public bool Matches(Uri address)
    {
        var host = address.Host;
        var hostMatches = host.Equals(Host, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase);
        if (!hostMatches || Path.Length == 0)
        {
            return hostMatches;
        }
        var path = address.AbsolutePath;
        return path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(Path + "/", StringComparison.OrdinalIgnoreCase);
    }
}
