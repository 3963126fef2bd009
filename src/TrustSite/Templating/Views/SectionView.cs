namespace TrustSite.Templating.Views;

public sealed record SectionView(string Name, string Title, string Url, int Count);
