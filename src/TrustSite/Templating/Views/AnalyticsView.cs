using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>`page.analytics`: the counting script of site.yml's analytics service, or null on a page that is never counted.</summary>
/// <param name="Src">The script's https address.</param>
/// <param name="Attributes">The data attributes the service reads, such as data-goatcounter.</param>
public sealed record AnalyticsView(string Provider, string Src, ImmutableArray<NameValueView> Attributes);
