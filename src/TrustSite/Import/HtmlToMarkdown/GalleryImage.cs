namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>One image of a [gallery], from the attachment the gallery names or the post's attached images.</summary>
public sealed record GalleryImage(string Url, string Alt);
