using System.Collections.Immutable;

namespace TrustSite.Privacy;

/// <summary>A known tracker the built site contacts: from which hosts, in how many places, and whether site.yml accepts it.</summary>
/// <param name="Hosts">The hosts of the tracker the site contacts, sorted.</param>
/// <param name="Places">How many places in the site contact it.</param>
public sealed record TrackerSighting(string Name, TrackerCategory Category, ImmutableArray<string> Hosts, int Places, bool IsAllowed);
