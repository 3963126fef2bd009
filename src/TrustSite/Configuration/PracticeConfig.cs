namespace TrustSite.Configuration;

/// <summary>site.yml's `practice:` section: the notices a counseling practice owes its readers, each absent until configured.</summary>
/// <param name="ShowDisclaimer">Whether pages say that articles are not therapy; the theme's wording unless <paramref name="DisclaimerText"/> is given.</param>
/// <param name="HasNoSurprisesAct">Whether the site has a page on the right to a good faith estimate (the US No Surprises Act).</param>
public sealed record PracticeConfig(bool ShowDisclaimer, string? DisclaimerText, LicensureConfig? Licensure, bool HasNoSurprisesAct)
{
    public static PracticeConfig None { get; } = new(false, null, null, false);
}
