namespace TrustSite.Configuration;

/// <summary>site.yml's `safety.quickExit`: a button on every page that swaps the site for a neutral one, for visitors who may be watched.</summary>
/// <param name="Url">The neutral site the button leads to, such as a weather search.</param>
public sealed record QuickExitConfig(bool IsEnabled, string Url)
{
    public const string DefaultUrl = "https://www.google.com/search?q=weather";

    public static QuickExitConfig Off { get; } = new(false, DefaultUrl);
}
