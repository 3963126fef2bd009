namespace TrustSite.Templating.Views;

/// <summary>`site.practice`: the disclaimer (the theme's wording unless site.yml gives its own) and the license, each absent until configured.</summary>
public sealed record PracticeView(bool Disclaimer, string? DisclaimerText, LicensureView? Licensure);
