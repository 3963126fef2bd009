using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>`site.crisis`: whether to show crisis lines, and those site.yml lists; an empty list means the theme's US defaults.</summary>
public sealed record CrisisView(bool Enabled, ImmutableArray<CrisisResourceView> Resources);
