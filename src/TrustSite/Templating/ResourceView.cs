namespace TrustSite.Templating;

/// <summary>A file of the site as a shortcode sees it: its address and, for an image, its size.</summary>
public sealed record ResourceView(string Url, int? Width, int? Height);
