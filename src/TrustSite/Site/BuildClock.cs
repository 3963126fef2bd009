namespace TrustSite.Site;

/// <summary>"Now" for a build: SOURCE_DATE_EPOCH when set, so that reproducible builds also agree on what is scheduled.</summary>
public static class BuildClock
{
    public static DateTimeOffset Now(TimeProvider time, Func<string, string?> environment)
    {
        if (environment("SOURCE_DATE_EPOCH") is { } epoch && long.TryParse(epoch, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return time.GetUtcNow();
    }
}
