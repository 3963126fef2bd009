namespace TrustSite.Templating.Views;

/// <summary>A language of the site, for a language switcher; <see cref="Url"/> is the page's translation or that language's home.</summary>
/// <param name="HasPage">Whether the page exists in this language (the current language always counts), so hreflang and the switcher can leave out the homes that only fill in.</param>
public sealed record LanguageView(string Code, string Name, string Url, bool IsCurrent, bool HasPage);
