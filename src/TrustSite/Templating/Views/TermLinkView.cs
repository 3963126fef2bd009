namespace TrustSite.Templating.Views;

/// <summary>A term as a link: its name as authors wrote it, its page, and how many articles it has.</summary>
public sealed record TermLinkView(string Name, string Url, int Count);
