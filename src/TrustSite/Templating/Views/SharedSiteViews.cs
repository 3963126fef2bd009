using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>The parts of `site` that every language shares, built once: contact, newsletter, structured data, data files.</summary>
internal sealed record SharedSiteViews(
    AuthorView Author,
    ContactView Contact,
    NewsletterView Newsletter,
    CrisisView Crisis,
    QuickExitView? QuickExit,
    PracticeView Practice,
    RawHtml OrganizationJsonLd,
    ImmutableDictionary<string, object?> Data,
    string Generator,
    int? CopyrightYear,
    Func<string, string> PrivacySummary);
