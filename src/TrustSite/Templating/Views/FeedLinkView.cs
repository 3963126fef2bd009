namespace TrustSite.Templating.Views;

/// <summary>A feed as a page's head announces it: its media type, its title and its address.</summary>
public sealed record FeedLinkView(string Type, string Title, string Url);
