using System.Collections.Immutable;

namespace TrustSite.Configuration;

/// <summary>The counselor's license, shown under the disclaimer: its type, its number and the states it is valid in.</summary>
public sealed record LicensureConfig(string Type, string Number, ImmutableArray<string> States);
