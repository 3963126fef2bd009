namespace TrustSite.Tests.TestSupport;

/// <summary>A clock stopped at one moment, in a chosen local time zone, for tests of what is written "now".</summary>
public sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? localZone = null) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = localZone ?? TimeZoneInfo.Utc;
}
