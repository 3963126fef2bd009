namespace TrustSite.Tests.TestSupport;

/// <summary>A clock that always says the same time, so that builds in tests are reproducible.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
