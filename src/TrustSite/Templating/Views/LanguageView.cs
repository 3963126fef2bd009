namespace TrustSite.Templating.Views;

/// <summary>A language of the site, for a language switcher; <see cref="Url"/> is the page's translation or that language's home.</summary>
public sealed record LanguageView(string Code, string Name, string Url, bool IsCurrent);
